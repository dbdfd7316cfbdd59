import { votesEntry } from '@washup/shared/relayDoc';
import type { RelayDocStep } from '../relayDoc/relayDocStore';
import { Refused } from '../refusals/refused';

/** Refuses a command naming a vote round the board does not have. */
export function requireRound(step: RelayDocStep, roundId: string | null): void {
  if (roundId === null) return;
  if (!step.read(votesEntry)?.rounds.some((entry) => entry.round.id === roundId)) {
    throw new Refused('not_found', 'round_not_found', 'there is no such vote round on this board');
  }
}
