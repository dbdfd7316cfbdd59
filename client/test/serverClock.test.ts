import { describe, expect, it } from 'vitest';
import { ServerClock } from '../src/sync/ServerClock';

describe('server clock', () => {
  it('adds half the round trip to the server time', () => {
    const clock = new ServerClock();
    clock.addTimedSample(10_000, 200, 5_000);
    expect(clock.offset.get()).toBe(5_100);
    expect(clock.measured.get()).toBe(true);
  });

  it('trusts the sample with the shortest round trip', () => {
    const clock = new ServerClock();
    clock.addTimedSample(10_000, 30, 9_000); // offset 1_015
    clock.addTimedSample(20_000, 900, 19_000); // offset 1_450, slower trip
    expect(clock.offset.get()).toBe(1_015);
  });

  it('reads the current time on the server clock', () => {
    const clock = new ServerClock();
    clock.addTimedSample(Date.now() + 60_000, 0);
    expect(Math.abs(clock.now() - (Date.now() + 60_000))).toBeLessThan(50);
  });
});
