import { describe, expect, it } from 'vitest';
import { relayPerTest } from './support/relay';

const relayFor = relayPerTest();

function loopMaxSeconds(metrics: string): number {
  return Number(/^washup_event_loop_delay_max_seconds (\S+)$/m.exec(metrics)?.[1]);
}

/** The fault suite reads the relay's own stall figure from /metrics: it must see a stall once, then start afresh. */
describe('event-loop delay in /metrics', () => {
  it('reports a blocked event loop in the next scrape, and only in that one', async () => {
    const relay = await relayFor();
    await fetch(`${relay.url}/metrics`);
    // The relay runs in this process, so blocking here blocks its event loop.
    // Right after a scrape, with no wait: a stall there once went unrecorded (eventLoopLateness.ts).
    const blockedUntil = performance.now() + 300;
    while (performance.now() < blockedUntil) {
      // busy on purpose
    }
    await new Promise((resolve) => setTimeout(resolve, 30));
    const first = loopMaxSeconds(await (await fetch(`${relay.url}/metrics`)).text());
    const second = loopMaxSeconds(await (await fetch(`${relay.url}/metrics`)).text());
    expect(first).toBeGreaterThanOrEqual(0.25);
    expect(second).toBeLessThan(0.25);
  });
});
