import { describe, expect, it } from 'vitest';
import { catchUp } from '../../src/session/catchUp';
import {
  adjustTimer,
  pauseTimer,
  resumeTimer,
  startTimer,
  timerElapsedMs,
  timerExpiresAt,
  timerNextSecondAt,
  timerRemainingMs,
  type PhaseTimer,
} from '../../src/session/timer';
import { timerActionOf } from '../../src/session/timerCommands';
import { seconds } from './support/outcomes';

// The timer is shared by the Council and PSTB; its arithmetic is tested once, here.
const t0 = 1_000_000;

describe('phase timer', () => {
  it('counts down from its start and stops at zero', () => {
    const timer = startTimer(seconds(60), t0);
    expect(timerElapsedMs(timer, t0 + seconds(20))).toBe(seconds(20));
    expect(timerRemainingMs(timer, t0 + seconds(20))).toBe(seconds(40));
    expect(timerRemainingMs(timer, t0 + seconds(90))).toBe(0);
    expect(timerExpiresAt(timer)).toBe(t0 + seconds(60));
  });

  it('names the moment its whole seconds next change, the only redraw a clock face needs', () => {
    const timer = startTimer(seconds(60), t0);
    // 0:60 shows until a full second has run, then 0:59 at once.
    expect(timerNextSecondAt(timer, t0)).toBe(t0 + seconds(1));
    expect(timerNextSecondAt(timer, t0 + 1)).toBe(t0 + seconds(1));
    expect(timerNextSecondAt(timer, t0 + 999.5)).toBe(t0 + seconds(1));
    expect(timerNextSecondAt(timer, t0 + seconds(1))).toBe(t0 + seconds(2));
    expect(timerNextSecondAt(timer, t0 + 58_250)).toBe(t0 + seconds(59));
    expect(timerNextSecondAt(timer, t0 + 59_999)).toBe(t0 + seconds(60));
    // Each moment named is when the rounded-up seconds really change.
    for (const now of [t0, t0 + 420, t0 + 17_001, t0 + 59_000]) {
      const at = timerNextSecondAt(timer, now) ?? Number.NaN;
      expect(Math.ceil(timerRemainingMs(timer, at - 1) / 1000)).toBe(Math.ceil(timerRemainingMs(timer, at) / 1000) + 1);
    }
  });

  it('names no redraw while paused or run out, and waits for the start on a clock that reads early', () => {
    const timer = startTimer(seconds(60), t0);
    expect(timerNextSecondAt(timer, t0 + seconds(60))).toBeNull();
    expect(timerNextSecondAt(timer, t0 + seconds(75))).toBeNull();
    expect(timerNextSecondAt(pauseTimer(timer, t0 + 2500), t0 + seconds(9))).toBeNull();
    expect(timerNextSecondAt(timer, t0 - seconds(3))).toBe(t0 + seconds(1));
    // Resumed with 2.5 s run: 57.5 s left shows 0:58 until 0.5 s after the resume.
    const resumed = resumeTimer(pauseTimer(timer, t0 + 2500), t0 + seconds(20));
    expect(timerNextSecondAt(resumed, t0 + seconds(20))).toBe(t0 + seconds(20) + 500);
  });

  it('counts no time for a clock that reads before the start', () => {
    expect(timerElapsedMs(startTimer(seconds(60), t0), t0 - seconds(3))).toBe(0);
  });

  it('freezes while paused and resumes with the time already run kept', () => {
    const paused = pauseTimer(startTimer(seconds(60), t0), t0 + seconds(25));
    expect(timerExpiresAt(paused)).toBeNull();
    expect(timerRemainingMs(paused, t0 + seconds(400))).toBe(seconds(35));
    const resumed = resumeTimer(paused, t0 + seconds(100));
    expect(resumed).toStrictEqual({ startedAt: t0 + seconds(100), durationMs: seconds(60), elapsedBeforePauseMs: seconds(25) });
    expect(timerExpiresAt(resumed)).toBe(t0 + seconds(135));
  });

  it('pauses and resumes no earlier than it started or stopped', () => {
    const timer = startTimer(seconds(60), t0);
    expect(pauseTimer(timer, t0 - 5).pausedAt).toBe(t0);
    const paused = pauseTimer(timer, t0 + seconds(10));
    expect(resumeTimer(paused, t0).startedAt).toBe(t0 + seconds(10));
    expect(resumeTimer(timer, t0 + 1)).toBe(timer);
  });

  it('adds at least the step from now, and takes no time already run', () => {
    const timer = startTimer(seconds(60), t0);
    expect(adjustTimer(timer, seconds(60), t0 + seconds(10)).durationMs).toBe(seconds(120));
    expect(adjustTimer(timer, -seconds(60), t0 + seconds(10)).durationMs).toBe(seconds(10));
    expect(adjustTimer(timer, -seconds(30), t0 + seconds(10)).durationMs).toBe(seconds(30));
    // In overtime, adding restarts the count from now.
    expect(timerRemainingMs(adjustTimer(timer, seconds(60), t0 + seconds(100)), t0 + seconds(100))).toBe(seconds(60));
  });

  it('starts paused when asked, for a segment that follows one ended while paused', () => {
    expect(startTimer(seconds(30), t0 + 5, true)).toStrictEqual({ startedAt: t0 + 5, durationMs: seconds(30), pausedAt: t0 + 5, elapsedBeforePauseMs: 0 });
    expect(timerRemainingMs(startTimer(seconds(30), t0 + 5, true), t0 + seconds(100))).toBe(seconds(30));
  });

  it('names the action of a timer command', () => {
    expect(timerActionOf('council.addMinute')).toBe('addMinute');
    expect(timerActionOf('pstb.pause')).toBe('pause');
  });
});

describe('catchUp', () => {
  const timerOf = (timers: PhaseTimer[]) => timers[0] ?? null;
  const expire = (timers: PhaseTimer[], at: number) => {
    const [, next, ...rest] = timers;
    return next ? [{ ...next, startedAt: at }, ...rest] : [];
  };

  it('chains expiries from the moment each ran out', () => {
    const chain = [startTimer(10, 0), startTimer(20, 0), startTimer(30, 0)];
    expect(catchUp(chain, 35, timerOf, expire)).toStrictEqual([{ startedAt: 30, durationMs: 30, elapsedBeforePauseMs: 0 }]);
    expect(catchUp(chain, 9, timerOf, expire)).toBe(chain);
  });

  it('throws rather than spin on a rule that never moves on', () => {
    expect(() => catchUp([startTimer(0, 0)], 1, timerOf, (timers) => timers)).toThrow(/kept expiring/);
  });
});
