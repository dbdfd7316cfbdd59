import { z } from 'zod';
import { versionedKind } from '../records/versionedKind';

export const laneIds = ['strengths', 'nextSteps'] as const;
export const laneIdSchema = z.enum(laneIds);
export type LaneId = z.infer<typeof laneIdSchema>;

const title = z.string().trim().min(1).max(200);

export const templateHeadingSchema = z.object({
  title,
  description: z.string().max(1000).default(''),
  /** An extra panel (the QA Review's Area of Excellence) is reported apart from the prescribed headings. */
  panel: z.boolean().default(false),
});

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    name: title,
    description: z.string().max(1000),
    lanes: z.object({ strengths: title, nextSteps: title }),
    headings: z.array(templateHeadingSchema).max(30),
    /** Trust Peer Review: one heading per agreed key question, added as the questions are agreed. */
    headingPerKeyQuestion: z.boolean().default(false),
    keyQuestions: z.array(title).max(12).default([]),
    /**
     * The points a heading is estimated on, best first (the QA Review's four); empty when the
     * template estimates nothing. Panels (the Area of Excellence) are never estimated.
     */
    estimateScale: z.array(title).max(8),
  })
  .refine((t) => t.headings.length > 0 || t.headingPerKeyQuestion || t.id === 'custom', {
    message: 'a template needs headings, or a heading per key question',
  })
  .refine((t) => new Set(t.estimateScale).size === t.estimateScale.length, { message: 'an estimate scale names each point once' });

export type Template = z.infer<typeof templateSchema>;
export type TemplateHeading = z.infer<typeof templateHeadingSchema>;

/**
 * Templates are versioned like stored records, so a template written for an earlier Washup (a
 * trust's own JSON) still loads. Version 2 added the estimate scale: a template from before has none.
 */
export const templateKind = versionedKind({
  label: 'template',
  schema: templateSchema,
  migrations: [{ to: 2, up: (stored) => ({ ...stored, estimateScale: [] }) }],
});
