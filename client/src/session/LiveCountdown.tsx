import type { PhaseTimer } from '@washup/shared/session';
import { CountdownRing } from './CountdownRing';
import { useRemaining } from './useRemaining';

interface Props {
  timer: PhaseTimer;
  paused: boolean;
  /** What is being timed: "Ana's turn", "Presenter's thinking". */
  label: string;
}

/**
 * The shared countdown, ticking on its own: its render each second redraws the ring alone, never
 * the stage around it with its forms and controls, so a busy laptop keeps up with typing and clicks.
 */
export function LiveCountdown({ timer, paused, label }: Props) {
  const remaining = useRemaining(timer);
  return <CountdownRing remainingMs={remaining} totalMs={timer.durationMs} paused={paused} label={label} />;
}
