import { timerExpiresAt, timerRemainingMs } from '../session/timer';
import type { VoteRound } from '../voting/voteRound';
import type { VotesState } from '../voting/votesState';
import { timeboxRunning, type Timebox } from './timebox';

/** The open round a running timebox counts down for, if the timebox counts down for one. */
function roundTimed(timebox: Timebox | undefined, votes: VotesState | undefined): { timebox: Timebox; round: VoteRound } | null {
  if (!timeboxRunning(timebox) || timebox.roundId === null) return null;
  const round = votes?.rounds.find((entry) => entry.round.id === timebox.roundId)?.round;
  return round?.status === 'open' ? { timebox, round } : null;
}

/**
 * When the relay must close a vote by itself: the end of the running timebox tied to the open
 * round. Null when there is nothing to close (no such timebox, paused, or the round already closed
 * by hand), so the relay sets no wake-up.
 */
export function voteTimeboxEndsAt(timebox: Timebox | undefined, votes: VotesState | undefined): number | null {
  const timed = roundTimed(timebox, votes);
  return timed ? timerExpiresAt(timed.timebox.timer) : null;
}

/**
 * The round the timebox closes at relay time `now`, with the timebox that closes it: its countdown
 * has run out and the round is still open. Null otherwise, so a round the Lead Reviewer closed by
 * hand, or a timebox moved on by a minute, is left alone.
 */
export function voteDueToClose(timebox: Timebox | undefined, votes: VotesState | undefined, now: number): { timebox: Timebox; round: VoteRound } | null {
  const timed = roundTimed(timebox, votes);
  if (!timed || timerExpiresAt(timed.timebox.timer) === null) return null;
  return timerRemainingMs(timed.timebox.timer, now) === 0 ? timed : null;
}
