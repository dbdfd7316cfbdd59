import { boardDocOf, boardView, newId } from '@washup/shared/board';
import { votesEntry } from '@washup/shared/relayDoc';
import {
  closeRound,
  emptyVotesState,
  openRound,
  revealRound,
  voteCandidates,
  voteCommandSchema,
  voteRefusalKinds,
  type Ballot,
  type RoundCloser,
  type VoteCommand,
  type VoteRound,
  type VotesState,
} from '@washup/shared/voting';
import { requireRole } from '../auth/access';
import { acceptedOrThrow } from '../refusals/acceptedOrThrow';
import { Refused } from '../refusals/refused';
import { commandFamily, type CommandContext, type CommandFamily } from '../commands/commandFamily';
import type { KeyedMutex } from '../voting/keyedMutex';
import { ballotsThatCount } from './roundBallots';

/** `vote.open`, `vote.close`, `vote.reveal`, `vote.rerun`: the facilitator runs dot-vote rounds. */
export function voteCommands(votingLock: KeyedMutex): CommandFamily {
  return commandFamily('vote', voteCommandSchema, (command, context) => {
    requireRole(context.access, ['facilitator'], 'run a vote');
    return votingLock.run(context.access.board.id, () => runVoteCommand(command, context));
  });
}

async function runVoteCommand(command: VoteCommand, context: CommandContext): Promise<{ roundId: string }> {
  const boardId = context.access.board.id;
  const facilitatorId = context.access.participantId;
  if (!facilitatorId) throw new Refused('forbidden', 'join_first', 'join the board by name before running a vote');
  switch (command.type) {
    case 'vote.open':
    case 'vote.rerun': {
      const candidates = await context.rooms.withRoom({ boardId, kind: 'board' }, (room) => voteCandidates(boardView(boardDocOf(room.doc))));
      return updateVotes(context, (state) => {
        const config = command.type === 'vote.open' ? command.config : findRound(state, command.roundId).round.config;
        const round = acceptedOrThrow(
          openRound({
            id: newId(),
            config,
            candidates,
            openedBy: facilitatorId,
            now: context.now,
            rounds: state.rounds.map((entry) => entry.round),
            ...(command.type === 'vote.rerun' ? { rerunOf: command.roundId } : {}),
          }),
          voteRefusalKinds,
        );
        return { state: { rounds: [...state.rounds, { round, voterCount: 0, tally: null }] }, result: { roundId: round.id } };
      });
    }
    case 'vote.close':
      return updateVotes(context, (state) => ({
        state: closedIn(state, command.roundId, context.now, { kind: 'person', participantId: facilitatorId }),
        result: { roundId: command.roundId },
      }));
    case 'vote.reveal': {
      const ballots = await ballotsThatCount(context.storage, boardId, command.roundId);
      return updateVotes(context, (state) => ({ state: revealedIn(state, command.roundId, ballots, context.now), result: { roundId: command.roundId } }));
    }
  }
}

/** The votes with one round closed: the one path for the Lead Reviewer's close and the timebox's. */
export function closedIn(state: VotesState, roundId: string, now: number, closedBy: RoundCloser): VotesState {
  const closed = acceptedOrThrow(closeRound(findRound(state, roundId).round, now, closedBy), voteRefusalKinds);
  return replaceRound(state, closed, (entry) => entry);
}

/** The votes with one closed round's tallies published, counted from `ballots`. */
export function revealedIn(state: VotesState, roundId: string, ballots: readonly Ballot[], now: number): VotesState {
  const revealed = acceptedOrThrow(revealRound(findRound(state, roundId).round, ballots, now), voteRefusalKinds);
  // The turnout shown while the round was open may still count people removed since.
  return replaceRound(state, revealed.round, (entry) => ({ ...entry, voterCount: revealed.tally.voterCount, tally: revealed.tally }));
}

function updateVotes<R>(context: CommandContext, change: (state: VotesState) => { state: VotesState; result: R }): Promise<R> {
  return context.relayDoc.update(context.access.board.id, votesEntry, (current) => {
    const { state, result } = change(current ?? emptyVotesState);
    return { value: state, result };
  });
}

export function findRound(state: VotesState, roundId: string): VotesState['rounds'][number] {
  const entry = state.rounds.find((candidate) => candidate.round.id === roundId);
  if (!entry) throw new Refused('not_found', 'round_not_found', 'there is no such vote round on this board');
  return entry;
}

function replaceRound(
  state: VotesState,
  round: VoteRound,
  extra: (entry: VotesState['rounds'][number]) => VotesState['rounds'][number],
): VotesState {
  return { rounds: state.rounds.map((entry) => (entry.round.id === round.id ? extra({ ...entry, round }) : entry)) };
}
