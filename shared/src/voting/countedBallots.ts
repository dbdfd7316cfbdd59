import { voterPersonKey, type Ballot } from './ballot';

/** A stored ballot and when it was cast. */
export interface CastBallot {
  ballot: Ballot;
  castAt: number;
}

/** Someone who joined the board, as the relay lists them. */
export interface BoardMember {
  id: string;
  name: string;
  removed: boolean;
}

interface Candidate extends CastBallot {
  person: string;
}

/** A person's own ballot beats one cast for them by proxy; then the later one wins, then the lower voter id. */
function counts(a: Candidate, over: Candidate): boolean {
  if (a.ballot.proxied !== over.ballot.proxied) return !a.ballot.proxied;
  if (a.castAt !== over.castAt) return a.castAt > over.castAt;
  return a.ballot.voterId < over.ballot.voterId;
}

/**
 * The ballots of one round that count: one per person. An invite link is shared by a role, so the only thing
 * that tells people apart is the name they joined with; someone who joins again under the same name
 * (another device, or on purpose, five times) is still one person with one ballot, the last they
 * cast. A ballot of someone since removed from the board, or cast by proxy by someone since
 * removed, does not count, nor does one from a voter the board does not know.
 */
export function countedBallots(cast: readonly CastBallot[], members: readonly BoardMember[]): Ballot[] {
  const present = new Map(members.filter((member) => !member.removed).map((member) => [member.id, member]));
  const chosen = new Map<string, Candidate>();
  for (const { ballot, castAt } of cast) {
    const caster = present.get(ballot.proxied ? (ballot.proxiedBy ?? '') : ballot.voterId);
    if (!caster) continue;
    const person = voterPersonKey(ballot.proxied ? ballot.voterName : caster.name);
    const candidate = { ballot, castAt, person };
    const current = chosen.get(person);
    if (!current || counts(candidate, current)) chosen.set(person, candidate);
  }
  return [...chosen.values()].map((candidate) => candidate.ballot);
}
