import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { minuteMs, secondMs } from '../session/durations';
import { sessionPersonSchema } from '../session/person';

export const councilLocations = ['inRoom', 'remote'] as const;
export const councilLocationSchema = z.enum(councilLocations);

/** A speaker in the rounds. Where they are is shown beside their name; it never changes their place in the order. */
export const councilParticipantSchema = sessionPersonSchema.extend({ location: councilLocationSchema });

/** The per-turn times the method suggests; any other whole number of seconds in range is a custom time. */
export const councilTurnPresetsMs = [60 * secondMs, 90 * secondMs, 120 * secondMs, 180 * secondMs] as const;
export const maxCouncilRounds = 6;
export const maxCouncilParticipants = 30;

export const councilDefaults = {
  turnMs: 60 * secondMs,
  rounds: 3,
  presenterThinkingMs: 10 * minuteMs,
  freshThinkingMs: 2 * minuteMs,
} as const;

/** Whole seconds, so every countdown and every recorded turn is a whole number of seconds too. */
const wholeSeconds = (min: number, max: number) => z.number().int().min(min).max(max).multipleOf(secondMs);

export const councilSettingsSchema = z.object({
  // Down to 3 s so a team can rehearse the rhythm of the rounds in a minute before the real session.
  turnMs: wholeSeconds(3 * secondMs, 10 * minuteMs),
  presenterThinkingMs: wholeSeconds(30 * secondMs, 30 * minuteMs),
  freshThinkingMs: wholeSeconds(10 * secondMs, 15 * minuteMs),
});

const ids = (people: ReadonlyArray<{ id: string }>) => people.map((person) => person.id);

/** What the facilitator sets up before contracting; the server adds the session id. */
export const councilConfigSchema = z
  .object({
    sessionId: recordIdSchema,
    presenter: sessionPersonSchema,
    scribe: sessionPersonSchema.nullable().default(null),
    /** In speaking order: one direction round the room, remote people placed in it like everyone else. */
    participants: z.array(councilParticipantSchema).min(1).max(maxCouncilParticipants),
    turnMs: councilSettingsSchema.shape.turnMs.default(councilDefaults.turnMs),
    rounds: z.number().int().min(1).max(maxCouncilRounds).default(councilDefaults.rounds),
    presenterThinkingMs: councilSettingsSchema.shape.presenterThinkingMs.default(councilDefaults.presenterThinkingMs),
    freshThinkingMs: councilSettingsSchema.shape.freshThinkingMs.default(councilDefaults.freshThinkingMs),
  })
  .refine((config) => new Set(ids(config.participants)).size === config.participants.length, {
    message: 'a participant is listed twice',
    path: ['participants'],
  })
  .refine((config) => !ids(config.participants).includes(config.presenter.id), {
    message: 'the presenter listens during the rounds and cannot also be a participant',
    path: ['participants'],
  })
  .refine((config) => config.scribe?.id !== config.presenter.id, {
    message: 'the presenter cannot also be the scribe',
    path: ['scribe'],
  });

export type CouncilLocation = z.infer<typeof councilLocationSchema>;
export type CouncilParticipant = z.infer<typeof councilParticipantSchema>;
export type CouncilSettings = z.infer<typeof councilSettingsSchema>;
export type CouncilConfig = z.infer<typeof councilConfigSchema>;
/** The config as a command carries it, before defaults are filled in. */
export type CouncilConfigInput = z.input<typeof councilConfigSchema>;
