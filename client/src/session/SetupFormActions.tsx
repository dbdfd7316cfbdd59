import type { CommandControl } from '../commands/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';

interface SetupFormActionsProps {
  command: CommandControl;
  /** A session is under way: starting replaces it (the relay closes it and keeps it in the board's history), and only once the Lead Reviewer has ticked the box. */
  running: boolean;
  confirmReplace: boolean;
  onConfirmReplace: (confirmed: boolean) => void;
  /** What stays on the board when the running session is replaced. */
  kept: string;
  ready: boolean;
  /** There is a session, running or closed, to go back to instead of starting one. */
  following: boolean;
  onBack: () => void;
}

/** The end of a session set-up form: the replace confirmation, the relay's refusal, start and back. */
export function SetupFormActions({ command, running, confirmReplace, onConfirmReplace, kept, ready, following, onBack }: SetupFormActionsProps) {
  return (
    <>
      {running ? (
        <label className="check">
          <input type="checkbox" checked={confirmReplace} onChange={(event) => onConfirmReplace(event.target.checked)} />
          Replace the session that is running now: it closes now and is kept under Earlier sessions, and {kept} stay on the board
        </label>
      ) : null}
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={command.busy || !ready || (running && !confirmReplace)}>
          Start contracting
        </button>
        {following ? (
          <button type="button" className="button button--ghost" onClick={onBack}>
            Back to the session
          </button>
        ) : null}
      </div>
    </>
  );
}
