import type { PhaseTimer } from '@washup/shared/session';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useCommand } from '../commands/useCommand';

/** The Lead Reviewer's clock: pause or resume, and a minute more or less for whatever is timed now (a session's segment, or the timebox). */
export function ClockControls({ process, timer }: { process: 'council' | 'pstb' | 'timebox'; timer: PhaseTimer | null }) {
  const command = useCommand();
  if (!timer) return null;
  const paused = timer.pausedAt !== undefined;
  return (
    <div className="clock-controls" role="group" aria-label="Clock">
      <button type="button" className="button" disabled={command.busy} onClick={() => command.send({ type: paused ? `${process}.resume` : `${process}.pause` })}>
        {paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" className="button" disabled={command.busy} onClick={() => command.send({ type: `${process}.addMinute` })}>
        +1 min
      </button>
      <button type="button" className="button" disabled={command.busy} onClick={() => command.send({ type: `${process}.takeMinute` })}>
        −1 min
      </button>
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </div>
  );
}
