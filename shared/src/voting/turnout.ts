import type { Role } from '../auth/roles';
import type { VotingRole } from './voteRound';

export interface PresentPerson {
  participantId: string;
  role: Role;
}

/**
 * The "M" of "N of M have voted": the distinct people here now whose role votes in the round, plus
 * the in-room people without a device the facilitator has voted for. Never below the number who have
 * voted, since someone may vote and then close their laptop; "4 of 3" would read as a fault.
 */
export function expectedVoters(
  present: readonly PresentPerson[],
  eligibleRoles: readonly VotingRole[],
  proxyVoters: number,
  voterCount: number,
): number {
  const eligible = new Set(present.filter((person) => eligibleRoles.some((role) => role === person.role)).map((person) => person.participantId));
  return Math.max(voterCount, eligible.size + proxyVoters);
}
