import { readVersioned } from '../records/readVersioned';
import { templateKind, type Template } from './schema';
import qaReview from './qa-review.json' with { type: 'json' };
import trustPeerReview from './trust-peer-review.json' with { type: 'json' };
import sppEnquiry from './spp-enquiry.json' with { type: 'json' };
import cstTrustFramework from './cst-trust-framework.json' with { type: 'json' };
import custom from './custom.json' with { type: 'json' };

/** The shipped templates, validated when loaded so a bad edit to the JSON fails loudly at start. */
export const templates: readonly Template[] = [qaReview, trustPeerReview, sppEnquiry, cstTrustFramework, custom].map((raw) => {
  const reading = readVersioned(templateKind, raw);
  if (!reading.ok) throw new Error(`template ${raw.id} ${reading.problem}`);
  return reading.value;
});

export const defaultTemplateId = 'custom';

export function findTemplate(id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}

/** The points a heading of this board is estimated on; empty when its template has no scale, or the heading is a panel. */
export function estimateScaleOf(templateId: string, heading: { panel: boolean }): readonly string[] {
  return heading.panel ? [] : (findTemplate(templateId)?.estimateScale ?? []);
}
