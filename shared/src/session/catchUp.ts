import type { SessionOutcome } from './outcome';
import { accepted } from './verdicts';
import { timerExpiresAt, type PhaseTimer } from './timer';

/** Far more expiries than any session has segments; reaching it means a rule stopped making progress. */
const maxExpiriesPerTick = 10_000;

/**
 * Applies every expiry up to `now`, each at the exact moment its countdown ran out, so a server
 * that ticks late (or a first tick after a restart) ends up where punctual ticking would have.
 * `timerOf` returns the countdown that can expire, or null when none can; `expire` ends it at
 * `at` and starts whatever follows from that same moment.
 */
export function catchUp<S>(state: S, now: number, timerOf: (state: S) => PhaseTimer | null, expire: (state: S, at: number) => S): S {
  let current = state;
  for (let count = 0; count < maxExpiriesPerTick; count += 1) {
    const timer = timerOf(current);
    const expiresAt = timer ? timerExpiresAt(timer) : null;
    if (expiresAt === null || expiresAt > now) return current;
    current = expire(current, expiresAt);
  }
  throw new Error('a countdown kept expiring without the session moving on');
}

/**
 * Runs a command at `now` on the state as it stands at `now`: expiries first (the command acts
 * on who is really speaking), then the rule, then expiries again (taking a minute may end the
 * countdown on the spot). A refusal passes through; the caller's state is never touched.
 */
export function applyAtTime<S>(
  state: S,
  now: number,
  tick: (state: S, now: number) => S,
  rule: (settled: S) => SessionOutcome<S>,
): SessionOutcome<S> {
  const outcome = rule(tick(state, now));
  return outcome.ok ? accepted(tick(outcome.value, now)) : outcome;
}
