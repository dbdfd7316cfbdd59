import { getServerTime } from '../api/time';
import type { ServerClock } from './ServerClock';

/** One clock sample over HTTP (`GET /api/time`), halving the round trip. Failures are ignored. */
export async function sampleClockOverHttp(clock: ServerClock, signal?: AbortSignal): Promise<void> {
  try {
    const sentAt = performance.now();
    const serverTime = await getServerTime(signal);
    clock.addTimedSample(serverTime, performance.now() - sentAt);
  } catch {
    // Offline or aborted: the sockets will measure the clock when they connect.
  }
}
