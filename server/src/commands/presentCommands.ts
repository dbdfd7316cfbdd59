import { presentationEntry } from '@washup/shared/relayDoc';
import { present, presentCommandSchema } from '@washup/shared/room';
import { commandFamily, type CommandFamily } from './commandFamily';
import { leadReviewerId } from './leadReviewerId';
import { requireRound } from './requireRound';

/** `present.show`: the Lead Reviewer brings every device that follows (and the screen link) to a view. */
export function presentCommands(): CommandFamily {
  return commandFamily('present', presentCommandSchema, async (command, context) => {
    const presentedBy = leadReviewerId(context, 'present to the room');
    await context.relayDoc.transact(context.access.board.id, (step) => {
      requireRound(step, command.roundId);
      step.write(presentationEntry, present(step.read(presentationEntry), command, presentedBy, context.now));
    });
    return null;
  });
}
