import { afterEach, describe, expect, it } from 'vitest';
import { EventLoopLateness } from '../src/eventLoopLateness';

function blockFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy on purpose: this is the stall being measured
  }
}

const waitMs = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let lateness: EventLoopLateness | null = null;
afterEach(() => lateness?.stop());

describe('EventLoopLateness', () => {
  it('records a stall that begins at once after the figures were taken', async () => {
    lateness = new EventLoopLateness(10);
    await waitMs(30);
    lateness.takeSincePrevious();
    // No tick runs between the take and the stall: Node's monitorEventLoopDelay lost this one.
    blockFor(200);
    await waitMs(25);
    const taken = lateness.takeSincePrevious();
    expect(taken.maxSeconds).toBeGreaterThanOrEqual(0.15);
    expect(taken.maxSeconds).toBeLessThan(5);
  });

  it('starts afresh after each take', async () => {
    lateness = new EventLoopLateness(10);
    blockFor(200);
    await waitMs(25);
    expect(lateness.takeSincePrevious().maxSeconds).toBeGreaterThanOrEqual(0.15);
    await waitMs(50);
    const next = lateness.takeSincePrevious();
    expect(next.maxSeconds).toBeLessThan(0.15);
    expect(next.p99Seconds).toBeLessThanOrEqual(next.maxSeconds);
  });

  it('reports zero when no tick has run since the previous take', () => {
    lateness = new EventLoopLateness(10_000);
    expect(lateness.takeSincePrevious()).toEqual({ maxSeconds: 0, p99Seconds: 0 });
  });
});
