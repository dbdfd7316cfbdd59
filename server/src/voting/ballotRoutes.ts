import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ballotFromSubmission,
  ballotSubmissionSchema,
  countVoters,
  proxyVoterId,
  recordIdSchema,
  remainingVotes,
  validateBallot,
  votesSessionKey,
  type Ballot,
  type VotesState,
} from '@washup/shared';
import { authorize, tokenFrom, type Access } from '../auth/access';
import type { TokenSigner } from '../auth/tokens';
import { HttpError } from '../http/httpError';
import type { RequestLimit } from '../http/rateLimits';
import type { KeyedMutex } from '../voting/keyedMutex';
import type { RelayDocStore } from '../relayDoc/relayDocStore';
import type { Storage } from '../storage/storage';
import { ballotsThatCount } from './roundBallots';
import { findRound } from './voteCommands';
import { acceptedOrThrow } from './voteErrors';

const boardParams = z.object({ id: z.string().min(1).max(64) });
const roundParams = boardParams.extend({ roundId: recordIdSchema });

export interface BallotRoutesDeps {
  storage: Storage;
  signer: TokenSigner;
  relayDoc: RelayDocStore;
  votingLock: KeyedMutex;
  limit: RequestLimit;
}

function voterOf(access: Access): { id: string; name: string } {
  if (!access.participantId || !access.name) throw new HttpError(403, 'join_first', 'join the board by name before voting');
  return { id: access.participantId, name: access.name };
}

/**
 * Secret ballots: `POST /api/boards/:id/ballots` casts or re-casts a whole ballot, and
 * `GET /api/boards/:id/ballots/:roundId` returns only the caller's own (and the proxies they cast).
 * Ballots stay in storage; the relay doc only learns how many people have voted.
 */
export async function ballotRoutes(app: FastifyInstance, deps: BallotRoutesDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post('/api/boards/:id/ballots', { onRequest: deps.limit, schema: { params: boardParams, body: ballotSubmissionSchema } }, async (request) => {
    const access = await authorize(deps.storage, deps.signer, request.params.id, tokenFrom(request));
    const voter = voterOf(access);
    const boardId = access.board.id;
    return deps.votingLock.run(boardId, async () => {
      const votes = (await deps.relayDoc.read<VotesState>(boardId, votesSessionKey)) ?? { rounds: [] };
      const round = findRound(votes, request.body.roundId).round;
      const ballot = acceptedOrThrow(validateBallot(round, ballotFromSubmission(request.body, voter), { id: voter.id, role: access.role }));
      if (ballot.proxied) await refuseProxyForParticipant(deps.storage, boardId, ballot);
      await deps.storage.putBallot({ boardId, roundId: round.id, voterId: ballot.voterId, ballot, castAt: Date.now() });
      const voterCount = countVoters(await ballotsThatCount(deps.storage, boardId, round.id));
      await deps.relayDoc.update<VotesState, void>(boardId, votesSessionKey, (current) => ({
        value: { rounds: (current ?? votes).rounds.map((entry) => (entry.round.id === round.id ? { ...entry, voterCount } : entry)) },
        result: undefined,
      }));
      return { ballot, remaining: remainingVotes(round, ballot), voterCount };
    });
  });

  api.get('/api/boards/:id/ballots/:roundId', { schema: { params: roundParams } }, async (request) => {
    const access = await authorize(deps.storage, deps.signer, request.params.id, tokenFrom(request));
    const voter = voterOf(access);
    const votes = (await deps.relayDoc.read<VotesState>(access.board.id, votesSessionKey)) ?? { rounds: [] };
    const round = findRound(votes, request.params.roundId).round;
    const ballots = (await deps.storage.listBallots(access.board.id, round.id)).map((entry) => entry.ballot as Ballot);
    const own = ballots.find((ballot) => ballot.voterId === voter.id) ?? null;
    return {
      ballot: own,
      remaining: remainingVotes(round, own),
      proxies: ballots.filter((ballot) => ballot.proxied && ballot.proxiedBy === voter.id),
    };
  });
}

/** Someone with their own device votes for themselves; a proxy in their name would count twice. */
async function refuseProxyForParticipant(storage: Storage, boardId: string, ballot: Ballot): Promise<void> {
  const participants = await storage.listParticipants(boardId);
  const clash = participants.find((person) => !person.removed && proxyVoterId(person.name) === ballot.voterId);
  if (clash) {
    throw new HttpError(409, 'proxy_is_participant', `${clash.name} has joined the board and votes on their own device`);
  }
}
