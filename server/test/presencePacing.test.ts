import { describe, expect, it } from 'vitest';
import { presenceHoldMs, presenceSent, quietPresence, type PresencePacing } from '../src/sync/presencePacing';

const rule = { periodMs: 30, memberFramesPerSecond: 10_000 };

/** Sends at each of `times` when the rule says "now", as the room does, and returns the pacing after. */
function sendAt(times: number[], members: number): { pacing: PresencePacing; holds: number[] } {
  let pacing = quietPresence;
  const holds: number[] = [];
  for (const now of times) {
    const hold = presenceHoldMs(pacing, now, members, rule);
    holds.push(hold);
    if (hold === 0) pacing = presenceSent(pacing, now, rule);
  }
  return { pacing, holds };
}

describe('presence pacing', () => {
  it('sends at once in a quiet room, whatever its size', () => {
    for (const members of [0, 1, 2, 20, 100, 5000]) expect(presenceHoldMs(quietPresence, 1000, members, rule)).toBe(0);
  });

  it('sends every change at once in a small busy room: 10 people at 30 Hz in a room of 20', () => {
    const times = Array.from({ length: 300 }, (_, i) => i * (1000 / 300));
    expect(sendAt(times, 20).holds.every((hold) => hold === 0)).toBe(true);
  });

  it('coalesces in a hot room: 50 people at 30 Hz in a room of 100 send at most 3 frames per period', () => {
    const times = Array.from({ length: 1500 }, (_, i) => i * (1000 / 1500));
    const { holds } = sendAt(times, 100);
    const sentAtOnce = holds.filter((hold) => hold === 0).length;
    // One period is 30 ms: 3 sends at once (10,000 × 0.03 / 100), the rest held to the period's end.
    expect(sentAtOnce).toBeLessThanOrEqual(3 * Math.ceil(1000 / 30));
    expect(holds.filter((hold) => hold > 0).every((hold) => hold <= rule.periodMs)).toBe(true);
  });

  it('holds a change until the period that is full ends, then starts a new one', () => {
    let pacing = quietPresence;
    pacing = presenceSent(pacing, 100, rule);
    // A room of 10,000: one frame at once per period.
    expect(presenceHoldMs(pacing, 110, 10_000, rule)).toBe(20);
    expect(presenceHoldMs(pacing, 130, 10_000, rule)).toBe(0);
    pacing = presenceSent(pacing, 130, rule);
    expect(pacing).toEqual({ periodStartedAt: 130, sentInPeriod: 1 });
  });

  it('always allows one frame per period, and counts sends within a period', () => {
    let pacing = presenceSent(quietPresence, 0, rule);
    expect(presenceHoldMs(pacing, 1, 1_000_000, rule)).toBe(29);
    pacing = presenceSent(pacing, 5, rule);
    expect(pacing).toEqual({ periodStartedAt: 0, sentInPeriod: 2 });
  });
});
