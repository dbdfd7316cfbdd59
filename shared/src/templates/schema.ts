import { z } from 'zod';

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
  })
  .refine((t) => t.headings.length > 0 || t.headingPerKeyQuestion || t.id === 'custom', {
    message: 'a template needs headings, or a heading per key question',
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplateHeading = z.infer<typeof templateHeadingSchema>;
