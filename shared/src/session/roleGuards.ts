import type { SessionActor } from './actor';
import type { SessionRefusal } from './outcome';
import type { SessionPerson } from './person';
import { refused } from './verdicts';

export function isPerson(actor: SessionActor, person: SessionPerson): boolean {
  return actor.participantId === person.id;
}

/** The Lead Reviewer runs the clock and the order; nobody else may move the session on. */
export function requireFacilitator(actor: SessionActor, doing: string): SessionRefusal | null {
  return actor.role === 'facilitator' ? null : refused('not_allowed', `only the Lead Reviewer can ${doing}`);
}

/** The ideas are the presenter's to choose; the facilitator may click for a presenter without a device. */
export function requirePersonOrFacilitator(actor: SessionActor, person: SessionPerson, title: string, doing: string): SessionRefusal | null {
  if (actor.role === 'facilitator' || isPerson(actor, person)) return null;
  return refused('not_allowed', `only the ${title} or the Lead Reviewer can ${doing}`);
}

/** Observers watch the session read-only, as they do the board. */
export function requireContributor(actor: SessionActor, doing: string): SessionRefusal | null {
  return actor.role === 'observer' ? refused('not_allowed', `observers cannot ${doing}`) : null;
}

/** For choices that are one person's alone, such as which ideas a PSTB presenter takes forward. */
export function requirePerson(actor: SessionActor, person: SessionPerson, title: string, doing: string): SessionRefusal | null {
  return isPerson(actor, person) ? null : refused('not_allowed', `only the ${title} can ${doing}`);
}
