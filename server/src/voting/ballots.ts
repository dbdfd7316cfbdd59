import type { CastBallotResponse, OwnBallotResponse } from '@washup/shared/api';
import { timeboxEntry, votesEntry } from '@washup/shared/relayDoc';
import { voteDueToClose } from '@washup/shared/room';
import {
  ballotFromSubmission,
  countVoters,
  proxyVoterId,
  remainingVotes,
  validateBallot,
  voteRefusalKinds,
  type Ballot,
  type BallotSubmission,
} from '@washup/shared/voting';
import type { Access } from '../auth/access';
import { acceptedOrThrow } from '../refusals/acceptedOrThrow';
import { Refused } from '../refusals/refused';
import type { RelayDocStore } from '../relayDoc/relayDocStore';
import type { Storage } from '../storage/storage';
import type { KeyedMutex } from './keyedMutex';
import { ballotsThatCount } from './roundBallots';
import { findRound } from './voteCommands';

export interface BallotDeps {
  storage: Storage;
  relayDoc: RelayDocStore;
  votingLock: KeyedMutex;
}

function voterOf(access: Access): { id: string; name: string } {
  if (!access.participantId || !access.name) throw new Refused('forbidden', 'join_first', 'join the board by name before voting');
  return { id: access.participantId, name: access.name };
}

/**
 * Casts or re-casts a whole secret ballot. Ballots stay in storage; the relay doc only learns how
 * many people have voted.
 */
export async function castBallot(deps: BallotDeps, access: Access, submission: BallotSubmission): Promise<CastBallotResponse> {
  const voter = voterOf(access);
  const boardId = access.board.id;
  return deps.votingLock.run(boardId, async () => {
    const votes = (await deps.relayDoc.read(boardId, votesEntry)) ?? { rounds: [] };
    const round = findRound(votes, submission.roundId).round;
    // Between the timebox's end and the relay's close (milliseconds, or a relay that was down), the vote is over already.
    if (voteDueToClose(await deps.relayDoc.read(boardId, timeboxEntry), votes, Date.now())?.round.id === round.id) {
      throw new Refused('conflict', 'round_not_open', "this vote's time is up; its results follow in a moment");
    }
    const ballot = acceptedOrThrow(validateBallot(round, ballotFromSubmission(submission, voter), { id: voter.id, role: access.role }), voteRefusalKinds);
    if (ballot.proxied) await refuseProxyForParticipant(deps.storage, boardId, ballot);
    await deps.storage.putBallot({ boardId, roundId: round.id, voterId: ballot.voterId, ballot, castAt: Date.now() });
    const voterCount = countVoters(await ballotsThatCount(deps.storage, boardId, round.id));
    await deps.relayDoc.update(boardId, votesEntry, (current) => ({
      value: { rounds: (current ?? votes).rounds.map((entry) => (entry.round.id === round.id ? { ...entry, voterCount } : entry)) },
      result: undefined,
    }));
    return { ballot, remaining: remainingVotes(round, ballot), voterCount };
  });
}

/** The caller's own ballot for a round and the proxies they cast: nobody else's. */
export async function ownBallot(deps: Pick<BallotDeps, 'storage' | 'relayDoc'>, access: Access, roundId: string): Promise<OwnBallotResponse> {
  const voter = voterOf(access);
  const votes = (await deps.relayDoc.read(access.board.id, votesEntry)) ?? { rounds: [] };
  const round = findRound(votes, roundId).round;
  const ballots = (await deps.storage.listBallots(access.board.id, round.id)).map((entry) => entry.ballot as Ballot);
  const own = ballots.find((ballot) => ballot.voterId === voter.id) ?? null;
  return {
    ballot: own,
    remaining: remainingVotes(round, own),
    proxies: ballots.filter((ballot) => ballot.proxied && ballot.proxiedBy === voter.id),
  };
}

/** Someone with their own device votes for themselves; a proxy in their name would count twice. */
async function refuseProxyForParticipant(storage: Storage, boardId: string, ballot: Ballot): Promise<void> {
  const participants = await storage.listParticipants(boardId);
  const clash = participants.find((person) => !person.removed && proxyVoterId(person.name) === ballot.voterId);
  if (clash) {
    throw new Refused('conflict', 'proxy_is_participant', `${clash.name} has joined the board and votes on their own device`);
  }
}
