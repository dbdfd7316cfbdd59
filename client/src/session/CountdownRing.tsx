import { formatClock } from './formatClock';

interface CountdownRingProps {
  remainingMs: number | null;
  totalMs: number | null;
  paused: boolean;
  /** What is being timed: "Ana's turn", "Presenter's thinking". */
  label: string;
}

const radius = 54;
const circumference = 2 * Math.PI * radius;

/**
 * The large shared countdown. The ring empties as time runs; the number is the time left. Marked
 * as a timer, not a live region, so screen readers are not told every tick.
 */
export function CountdownRing({ remainingMs, totalMs, paused, label }: CountdownRingProps) {
  const fraction = remainingMs !== null && totalMs ? Math.min(1, remainingMs / totalMs) : 0;
  const state = remainingMs === null ? 'idle' : paused ? 'paused' : remainingMs === 0 ? 'up' : remainingMs <= 10_000 ? 'ending' : 'running';
  return (
    <div className={`countdown countdown--${state}`} role="timer" aria-label={label} data-remaining-ms={remainingMs ?? undefined}>
      <svg viewBox="0 0 120 120" aria-hidden="true" className="countdown__ring">
        <circle className="countdown__track" cx="60" cy="60" r={radius} />
        <circle
          className="countdown__fill"
          cx="60"
          cy="60"
          r={radius}
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - fraction)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div className="countdown__text">
        <span className="countdown__time" data-testid="countdown">
          {remainingMs === null ? '–' : formatClock(remainingMs)}
        </span>
        <span className="countdown__caption">{paused ? 'Paused' : remainingMs === 0 ? "Time's up" : label}</span>
      </div>
    </div>
  );
}
