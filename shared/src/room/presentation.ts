import { z } from 'zod';
import type { CardFilter } from '../board/cardFilter';
import { activitySchema, recordIdSchema, stakeholderSchema, valenceSchema } from '../board/records';
import { laneIdSchema } from '../templates/schema';

/** The views of a board, in the order of its tabs; the Lead Reviewer can bring everyone to any of them. */
export const boardViewIds = ['board', 'capture', 'vote', 'council', 'pstb', 'canvas', 'report'] as const;
export const boardViewIdSchema = z.enum(boardViewIds);
export type BoardViewId = z.infer<typeof boardViewIdSchema>;

/** A search or filter of the board's cards, as `CardFilter` (shared/src/board/cardFilter.ts) holds it. */
export const presentedFilterSchema = z.strictObject({
  keyQuestionId: recordIdSchema.optional(),
  activity: activitySchema.optional(),
  stakeholder: stakeholderSchema.optional(),
  authorId: z.string().min(1).max(64).optional(),
  valence: valenceSchema.optional(),
  text: z.string().max(200).optional(),
}) satisfies z.ZodType<CardFilter>;

/**
 * A place on the board view: the overview of every heading and lane, one heading, one lane of it,
 * a theme, or a search. The board view (`showOnBoard` in client/src/board/focusRequest.ts) shows it.
 */
export const presentedPlaceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('overview') }),
  z.strictObject({ kind: z.literal('heading'), headingId: recordIdSchema }),
  z.strictObject({ kind: z.literal('lane'), headingId: recordIdSchema, lane: laneIdSchema }),
  z.strictObject({ kind: z.literal('theme'), themeId: recordIdSchema }),
  z.strictObject({ kind: z.literal('filter'), filter: presentedFilterSchema }),
]);
export type PresentedPlace = z.infer<typeof presentedPlaceSchema>;

/**
 * What the Lead Reviewer presents to the room: a view, a place on the board, or a vote round's
 * results. `serial` counts presentations, so a device that follows moves once per presentation,
 * even when the Lead presents the same view again after people wandered off.
 */
export const presentationSchema = z.object({
  view: boardViewIdSchema,
  place: presentedPlaceSchema.nullable(),
  roundId: recordIdSchema.nullable(),
  presentedBy: z.string().min(1).max(64),
  presentedAt: z.number().int().nonnegative(),
  serial: z.number().int().nonnegative(),
});
export type Presentation = z.infer<typeof presentationSchema>;

/** `present.show`: the Lead Reviewer brings everyone who follows to this view. */
export const presentCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('present.show'),
    view: boardViewIdSchema,
    place: presentedPlaceSchema.nullable().default(null),
    roundId: recordIdSchema.nullable().default(null),
  }),
]);
export type PresentCommand = z.infer<typeof presentCommandSchema>;

/** The presentation that replaces `previous` (if any) once the Lead Reviewer presents `command`. */
export function present(previous: Presentation | undefined, command: PresentCommand, presentedBy: string, now: number): Presentation {
  return {
    view: command.view,
    // A place belongs to the board view; a round to the vote view.
    place: command.view === 'board' ? command.place : null,
    roundId: command.view === 'vote' ? command.roundId : null,
    presentedBy,
    presentedAt: now,
    serial: (previous?.serial ?? 0) + 1,
  };
}
