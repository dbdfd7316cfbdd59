import { z } from 'zod';
import { reportTextPartSchema } from '../board/records';

/** The field of a presence state where a device says which part of the report's narrative its person is writing in. */
export const narrativePresenceField = 'narrative';

/** The part and its paragraph (counted from 0, as `plainParagraphs` splits it). */
export const narrativePresenceSchema = z.object({
  part: reportTextPartSchema,
  paragraph: z.number().int().min(0).max(10_000),
});
export type NarrativePresence = z.infer<typeof narrativePresenceSchema>;

/** What a presence state says its person is writing; null when it says nothing, or nothing readable. */
export function readNarrativePresence(state: unknown): NarrativePresence | null {
  if (typeof state !== 'object' || state === null || !(narrativePresenceField in state)) return null;
  const parsed = narrativePresenceSchema.safeParse((state as Record<string, unknown>)[narrativePresenceField]);
  return parsed.success ? parsed.data : null;
}
