import { newId } from '@washup/shared/board';
import { timeboxEntry } from '@washup/shared/relayDoc';
import { applyTimeboxCommand, timeboxCommandSchema } from '@washup/shared/room';
import { sessionRefusalKinds } from '@washup/shared/session';
import { acceptedOrThrow } from '../refusals/acceptedOrThrow';
import type { VoteTimeboxes } from '../voting/voteTimeboxes';
import { commandFamily, type CommandFamily } from './commandFamily';
import { leadReviewerId } from './leadReviewerId';
import { requireRound } from './requireRound';

/**
 * `timebox.start`, `.pause`, `.resume`, `.addMinute`, `.takeMinute`, `.end`: the Lead Reviewer's
 * countdown for any stretch of the wash-up. Clients count it down from the stored timer and the
 * relay's clock. At zero a timebox tied to the open vote closes it: every command here moves (or
 * cancels) the relay's wake-up for that moment.
 */
export function timeboxCommands(voteTimeboxes: VoteTimeboxes): CommandFamily {
  return commandFamily('timebox', timeboxCommandSchema, async (command, context) => {
    const participantId = leadReviewerId(context, 'set a timebox');
    await context.relayDoc.transact(context.access.board.id, (step) => {
      if (command.type === 'timebox.start') requireRound(step, command.roundId);
      const next = applyTimeboxCommand(step.read(timeboxEntry), command, { participantId, role: context.access.role }, context.now, newId);
      step.write(timeboxEntry, acceptedOrThrow(next, sessionRefusalKinds));
    });
    await voteTimeboxes.watch(context.access.board.id);
    return null;
  });
}
