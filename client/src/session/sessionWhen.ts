import { dayAndTime } from '../ui/dayAndTime';

/** When an earlier session ended (or, never started, was set up): "Fri 4 Dec, 14:05". */
export function sessionWhen(session: { createdAt: number; closedAt: number | null }): string {
  return dayAndTime(session.closedAt ?? session.createdAt);
}
