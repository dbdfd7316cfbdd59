import { requireRole } from '../auth/access';
import { Refused } from '../refusals/refused';
import type { CommandContext } from './commandFamily';

/** The participant id of the Lead Reviewer sending a command; anyone else, or a link nobody joined with, is refused. */
export function leadReviewerId(context: CommandContext, doing: string): string {
  requireRole(context.access, ['facilitator'], doing);
  const participantId = context.access.participantId;
  if (!participantId) throw new Refused('forbidden', 'join_first', `join the board by name before you ${doing}`);
  return participantId;
}
