import { newId } from '@washup/shared/board';
import { timeboxEntry } from '@washup/shared/relayDoc';
import { applyTimeboxCommand, timeboxCommandSchema } from '@washup/shared/room';
import { sessionRefusalKinds } from '@washup/shared/session';
import { acceptedOrThrow } from '../refusals/acceptedOrThrow';
import { commandFamily, type CommandFamily } from './commandFamily';
import { leadReviewerId } from './leadReviewerId';
import { requireRound } from './requireRound';

/**
 * `timebox.start`, `.pause`, `.resume`, `.addMinute`, `.takeMinute`, `.end`: the Lead Reviewer's
 * countdown for any stretch of the wash-up. Clients count it down from the stored timer and the
 * relay's clock; nothing happens by itself at zero, so the relay sets no wake-up.
 */
export function timeboxCommands(): CommandFamily {
  return commandFamily('timebox', timeboxCommandSchema, async (command, context) => {
    const participantId = leadReviewerId(context, 'set a timebox');
    await context.relayDoc.transact(context.access.board.id, (step) => {
      if (command.type === 'timebox.start') requireRound(step, command.roundId);
      const next = applyTimeboxCommand(step.read(timeboxEntry), command, { participantId, role: context.access.role }, context.now, newId);
      step.write(timeboxEntry, acceptedOrThrow(next, sessionRefusalKinds));
    });
    return null;
  });
}
