import { maxPastSessions, type PastSession, type PastSessions } from './pastSessionsEntry';

/** The history with `past` added last, or null when it already holds as many sessions as it may (none is ever dropped). */
export function appendPastSession(history: PastSessions | undefined, past: PastSession): PastSessions | null {
  const sessions = history?.sessions ?? [];
  if (sessions.length >= maxPastSessions) return null;
  return { sessions: [...sessions, past] };
}
