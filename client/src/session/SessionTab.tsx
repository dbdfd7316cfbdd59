import { useState, type ReactElement, type ReactNode } from 'react';
import { useBoardConnection } from '../sync/BoardConnectionContext';

interface SessionTabProps {
  /** The session as the relay wrote it; undefined until one is set up. */
  session: { phase: string } | undefined;
  /** "Council", "PSTB": for the Lead Reviewer's set-up button. */
  processName: string;
  /** What everyone but the Lead Reviewer sees before a session exists. */
  emptyMessage: string;
  className: string;
  /**
   * The Lead Reviewer's set-up form; `running` says starting would replace a live session,
   * `following` that there is a session (running or closed) to go back to.
   */
  setup: (running: boolean, onDone: () => void, following: boolean) => ReactElement;
  /** The session itself: its stage and panels (or an earlier session opened from the list). */
  children: ReactNode;
  /** The list of earlier sessions, under the session. */
  earlier: ReactNode;
}

/**
 * A timed session's tab: the Lead Reviewer's set-up until a session exists (or while they set up
 * its replacement), the session for everyone once it does, and under it the Lead Reviewer's way
 * to start a new one. The sessions before it stay listed under it.
 */
export function SessionTab({ session, processName, emptyMessage, className, setup, children, earlier }: SessionTabProps) {
  const { identity } = useBoardConnection();
  const [settingUp, setSettingUp] = useState(false);
  const isLead = identity.role === 'facilitator';

  if (!session || settingUp) {
    if (isLead) return setup(session !== undefined && session.phase !== 'closed', () => setSettingUp(false), session !== undefined);
    return <p className="empty-state">{emptyMessage}</p>;
  }

  return (
    <div className={`session ${className}`}>
      {children}
      {earlier}
      {isLead ? (
        <div className="session-toolbar">
          <button type="button" className="button button--ghost" onClick={() => setSettingUp(true)}>
            {session.phase === 'closed' ? `Set up a new ${processName} session` : 'Replace this session…'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
