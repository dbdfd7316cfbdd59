import type { PastSession } from '@washup/shared/relayDoc';
import type { EarlierSessionItem } from './EarlierSessions';

/** How the list names an earlier session: Council's question or PSTB's problem, and the ideas the presenter chose. */
export function earlierSessionItem(past: PastSession): EarlierSessionItem {
  const { session } = past;
  return {
    sessionId: session.sessionId,
    createdAt: session.createdAt,
    closedAt: session.closedAt,
    title: session.process === 'council' ? session.question : session.problem,
    chosen: session.selectedIdeaIds.length,
    replaced: past.ending === 'replaced',
  };
}
