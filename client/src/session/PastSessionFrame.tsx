import { useEffect, useRef, type ReactNode } from 'react';
import { sessionWhen } from './sessionWhen';

interface PastSessionFrameProps {
  session: { createdAt: number; closedAt: number | null };
  /** "Council", "PSTB". */
  processName: string;
  /** How it ended: "It ran to its end." or "Replaced during the rounds; closed then." */
  ending: string;
  onClose: () => void;
  /** Its record, as the tab shows a closed session. */
  children: ReactNode;
}

/**
 * An earlier session opened from the list: its record, read-only, and the way back. Focus moves
 * to its heading on opening, so a keyboard or screen-reader user (and a phone, scrolled to the
 * top) lands on what they opened.
 */
export function PastSessionFrame({ session, processName, ending, onClose, children }: PastSessionFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="past-session" aria-labelledby="past-session-title" data-testid="past-session">
      <div className="past-session__head">
        <h2 id="past-session-title" ref={heading} tabIndex={-1}>
          Earlier {processName} session, {sessionWhen(session)}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Back to the current session
        </button>
      </div>
      <p className="muted">{ending} Read-only: this session is kept as it was.</p>
      <div className="session-panels">{children}</div>
    </section>
  );
}
