import { addKeyQuestion, boardDocOf, newId } from '@washup/shared/board';
import { applyHostPartnerCommand, emptyHostPartner, hostPartnerCommandSchema, hostPartnerRefusalKinds, type HostPartnerState } from '@washup/shared/hostPartner';
import { hostPartnerEntry } from '@washup/shared/relayDoc';
import { commandFamily, type CommandContext, type CommandFamily } from '../commands/commandFamily';
import { acceptedOrThrow } from '../refusals/acceptedOrThrow';
import { Refused } from '../refusals/refused';

/** The ids of the themes and key questions the board holds now, which the host's acts must name. */
async function boardIds(context: CommandContext): Promise<{ themeIds: Set<string>; keyQuestionIds: Set<string> }> {
  return context.rooms.withRoom({ boardId: context.access.board.id, kind: 'board' }, (room) => {
    const board = boardDocOf(room.doc);
    return { themeIds: new Set(board.list('themes').map((theme) => theme.id)), keyQuestionIds: new Set(board.list('keyQuestions').map((question) => question.id)) };
  });
}

/**
 * An accepted proposal becomes a key question of the board, agreed, under the proposal's id (so a
 * retried acceptance writes one question, not two). The relay writes the board doc here because
 * the decision is recorded by the relay, in the same command.
 */
async function addAcceptedQuestion(context: CommandContext, state: HostPartnerState, proposalId: string): Promise<void> {
  const proposal = state.proposals.find((candidate) => candidate.id === proposalId);
  if (!proposal?.decision?.accepted) return;
  await context.rooms.withRoom({ boardId: context.access.board.id, kind: 'board' }, (room) => {
    const board = boardDocOf(room.doc);
    if (board.get('keyQuestions', proposal.id)) return Promise.resolve();
    room.change((doc) => addKeyQuestion(boardDocOf(doc), { id: proposal.id, text: proposal.text, status: 'agreed' }));
    return room.whenDurable();
  });
}

/**
 * `host.agreeTheme`, `host.commentTheme`, `host.resolveComment`, `host.proposeKeyQuestion`,
 * `host.decideProposal`, `host.agreeKeyQuestion`: the host's own acts as a partner in the review,
 * recorded by the relay with the name, role and clock of the sender's token, so the host's
 * agreement is theirs alone. The rules say who may take which (`applyHostPartnerCommand`).
 */
export function hostPartnerCommands(): CommandFamily {
  return commandFamily('host', hostPartnerCommandSchema, async (command, context) => {
    const { access } = context;
    if (!access.participantId || !access.name) throw new Refused('forbidden', 'join_first', 'join the board by name before taking part');
    const actor = { participantId: access.participantId, name: access.name, role: access.role };
    const facts = { now: context.now, newId: () => newId(), ...(await boardIds(context)) };
    const state = await context.relayDoc.update(access.board.id, hostPartnerEntry, (current) => {
      const next = acceptedOrThrow(applyHostPartnerCommand(current ?? emptyHostPartner, command, actor, facts), hostPartnerRefusalKinds);
      return { value: next, result: next };
    });
    if (command.type === 'host.decideProposal') await addAcceptedQuestion(context, state, command.proposalId);
    return null;
  });
}
