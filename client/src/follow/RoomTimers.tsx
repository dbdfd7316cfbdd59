import { runningTimers, type RunningTimer } from '@washup/shared/room';
import { isTimerPaused, timerRemainingMs } from '@washup/shared/session';
import { formatClock } from '../session/formatClock';
import { useCountdownNow } from '../session/useCountdownNow';
import { useRoomState } from './useRoomState';

function Clocks({ timers }: { timers: RunningTimer[] }) {
  // Turns over on the same moment as the stage's countdown, which follows the same rule.
  const now = useCountdownNow(timers.map((running) => running.timer));
  return (
    <>
      {timers.map((running) => {
        const remaining = timerRemainingMs(running.timer, now);
        const paused = isTimerPaused(running.timer);
        return (
          <p
            key={running.key}
            className="room-timer"
            data-testid="room-timer"
            data-state={paused ? 'paused' : remaining === 0 ? 'over' : 'running'}
            // A timebox's own name (its short label is its label) may be long: on a small screen only that chip gives way.
            data-own-name={running.shortLabel === running.label}
            title={running.label}
          >
            {/* A small screen shows the one word instead of the label; screen readers keep the full label. */}
            <span className="room-timer__short" aria-hidden="true">
              {running.shortLabel}
            </span>
            <span className="room-timer__label">{running.label}</span>{' '}
            <span className="room-timer__clock">{formatClock(remaining)}</span>
            {paused ? <span className="room-timer__note"> paused</span> : remaining === 0 ? <span className="room-timer__note"> time is up</span> : null}
          </p>
        );
      })}
    </>
  );
}

/**
 * The room's running countdowns (a Council or PSTB turn, the vote closing, the Lead Reviewer's
 * timebox), from the relay doc and the relay's clock, on every tab and on the screen link.
 */
export function RoomTimers() {
  const timers = runningTimers(useRoomState());
  if (timers.length === 0) return null;
  return (
    <div className="room-timers" aria-label="Running timers">
      <Clocks timers={timers} />
    </div>
  );
}
