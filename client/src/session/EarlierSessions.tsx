import { sessionWhen } from './sessionWhen';

/** One earlier session as the list names it. */
export interface EarlierSessionItem {
  sessionId: string;
  createdAt: number;
  closedAt: number | null;
  /** The question or problem the session worked on; empty when none was recorded. */
  title: string;
  chosen: number;
  replaced: boolean;
}

interface EarlierSessionsProps {
  /** Newest first. */
  sessions: readonly EarlierSessionItem[];
  openedId: string | null;
  onOpen: (sessionId: string) => void;
}

/** The tab's earlier sessions, each a button that opens its record read-only; nothing when there are none. */
export function EarlierSessions({ sessions, openedId, onOpen }: EarlierSessionsProps) {
  if (sessions.length === 0) return null;
  return (
    <section className="session-panel earlier-sessions" aria-labelledby="earlier-sessions-title" data-testid="earlier-sessions">
      <h3 id="earlier-sessions-title">
        Earlier sessions <span className="count-badge">{sessions.length}</span>
      </h3>
      <ul className="earlier-sessions__list">
        {sessions.map((session) => (
          <li key={session.sessionId}>
            <button
              type="button"
              className="earlier-session"
              aria-current={session.sessionId === openedId ? 'true' : undefined}
              onClick={() => onOpen(session.sessionId)}
              data-testid="earlier-session"
            >
              <span className="earlier-session__when">{sessionWhen(session)}</span>
              <span className="earlier-session__title">{session.title || 'No question was recorded.'}</span>
              <span className="earlier-session__figures muted">
                {session.chosen === 1 ? '1 idea chosen' : `${session.chosen} ideas chosen`}
                {session.replaced ? ' · replaced while running' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
