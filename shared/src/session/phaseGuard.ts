import type { SessionRefusal } from './outcome';
import { refused } from './verdicts';

/** Refuses a command outside the phases it belongs to, naming them in the labels the room sees. */
export function requirePhase<P extends string>(phase: P, allowed: readonly P[], labels: Record<P, string>, doing: string): SessionRefusal | null {
  if (allowed.includes(phase)) return null;
  const during = allowed.map((candidate) => labels[candidate]).join(' or ');
  return refused('wrong_phase', `you can ${doing} only during ${during}; the session is at ${labels[phase]}`);
}

/**
 * Refuses moving on from a phase the session has already left: the command names the phase it
 * means to end, so a second click does not skip the next one.
 */
export function requireFromPhase<P extends string>(phase: P, from: P, labels: Record<P, string>): SessionRefusal | null {
  if (phase === from) return null;
  return refused('wrong_phase', `the session is at ${labels[phase]}, not ${labels[from]}; reload to see where it is`);
}
