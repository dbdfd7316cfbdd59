import { templateSchema, type Template } from './schema';
import qaReview from './qa-review.json' with { type: 'json' };
import trustPeerReview from './trust-peer-review.json' with { type: 'json' };
import sppEnquiry from './spp-enquiry.json' with { type: 'json' };
import cstTrustFramework from './cst-trust-framework.json' with { type: 'json' };
import custom from './custom.json' with { type: 'json' };

/** The shipped templates, validated when loaded so a bad edit to the JSON fails loudly at start. */
export const templates: readonly Template[] = [qaReview, trustPeerReview, sppEnquiry, cstTrustFramework, custom].map(
  (raw) => templateSchema.parse(raw),
);

export const defaultTemplateId = 'custom';

export function findTemplate(id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
