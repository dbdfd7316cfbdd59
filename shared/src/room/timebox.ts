import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import type { SessionActor } from '../session/actor';
import { minuteMs, secondMs } from '../session/durations';
import type { SessionOutcome } from '../session/outcome';
import { phaseTimerSchema, startTimer } from '../session/timer';
import { applyClockCommand, timerCommandSchemas } from '../session/timerCommands';
import { requireFacilitator } from '../session/roleGuards';

/** The longest timebox: a whole wash-up afternoon. */
export const maxTimeboxMinutes = 240;
/**
 * The shortest: a last call ("ten seconds, finish your dots") is a real moment in a wash-up, and
 * anything shorter is over before the room has read it.
 */
export const minTimeboxSeconds = 10;

/**
 * A countdown the Lead Reviewer sets for any stretch of the wash-up ("ten minutes to cluster
 * Leadership"), on the relay's clock like a Council turn. `roundId` ties it to a vote round: then
 * it is the time until that vote closes. Ending it keeps it, with `endedAt`, so the last one reads.
 */
export const timeboxSchema = z.object({
  id: recordIdSchema,
  label: z.string().trim().min(1).max(80),
  roundId: recordIdSchema.nullable(),
  timer: phaseTimerSchema,
  endedAt: z.number().int().nonnegative().nullable(),
});
export type Timebox = z.infer<typeof timeboxSchema>;

export const timeboxCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('timebox.start'),
    label: z.string().trim().min(1, 'a timebox needs a name').max(80, 'a timebox name is at most 80 characters'),
    minutes: z.number().int().min(0).max(maxTimeboxMinutes),
    seconds: z.number().int().min(0).max(59).default(0),
    roundId: recordIdSchema.nullable().default(null),
  }).refine((start) => timeboxLengthMs(start) >= minTimeboxSeconds * secondMs, {
    message: `a timebox lasts at least ${minTimeboxSeconds} seconds`,
    path: ['seconds'],
  }),
  z.strictObject({ type: z.literal('timebox.end') }),
  ...timerCommandSchemas('timebox'),
]);
export type TimeboxCommand = z.infer<typeof timeboxCommandSchema>;

/** How long a timebox runs from its start, as the Lead Reviewer set it in minutes and seconds. */
export function timeboxLengthMs(length: { minutes: number; seconds: number }): number {
  return length.minutes * minuteMs + length.seconds * secondMs;
}

/** Whether a timebox is counting (or paused) rather than ended. */
export function timeboxRunning(timebox: Timebox | undefined): timebox is Timebox {
  return timebox !== undefined && timebox.endedAt === null;
}

/**
 * The timebox after the Lead Reviewer's command: a new one replaces whatever ran before; the clock
 * controls act on the running one; ending stops it where it stands.
 */
export function applyTimeboxCommand(
  current: Timebox | undefined,
  command: TimeboxCommand,
  actor: SessionActor,
  now: number,
  newId: () => string,
): SessionOutcome<Timebox> {
  const refusal = requireFacilitator(actor, 'set a timebox');
  if (refusal) return refusal;
  if (command.type === 'timebox.start') {
    return {
      ok: true,
      value: { id: newId(), label: command.label, roundId: command.roundId, timer: startTimer(timeboxLengthMs(command), now), endedAt: null },
    };
  }
  if (!timeboxRunning(current)) return { ok: false, error: { code: 'no_timer', message: 'no timebox is running' } };
  if (command.type === 'timebox.end') return { ok: true, value: { ...current, endedAt: now } };
  return applyClockCommand(current, command.type, actor, now);
}
