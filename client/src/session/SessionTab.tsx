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
  /** The Lead Reviewer's set-up form; `running` says starting would replace a live session. */
  setup: (running: boolean, onDone: () => void) => ReactElement;
  /** The session itself: its stage and panels. */
  children: ReactNode;
}

/**
 * A timed session's tab: the Lead Reviewer's set-up until a session exists (or while they set up
 * its replacement), the session for everyone once it does, and under it the Lead Reviewer's way
 * to start a new one.
 */
export function SessionTab({ session, processName, emptyMessage, className, setup, children }: SessionTabProps) {
  const { identity } = useBoardConnection();
  const [settingUp, setSettingUp] = useState(false);
  const isLead = identity.role === 'facilitator';

  if (!session || settingUp) {
    if (isLead) return setup(session !== undefined && session.phase !== 'closed', () => setSettingUp(false));
    return <p className="empty-state">{emptyMessage}</p>;
  }

  return (
    <div className={`session ${className}`}>
      {children}
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
