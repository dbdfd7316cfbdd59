import { ValueStore } from './ValueStore';

interface ClockSample {
  /** Server time minus local time, in ms. */
  offset: number;
  /** The round trip the sample was taken over; the smaller, the more trustworthy. */
  roundTrip: number;
}

const keptSamples = 12;

/**
 * The server is the clock: every countdown is computed in server time. The offset is estimated
 * from timed requests (server time + half the round trip, NTP-style), preferring the sample with
 * the shortest round trip among the recent ones.
 */
export class ServerClock {
  private samples: ClockSample[] = [];
  /** Server time minus local time, in ms (0 until the first sample). */
  readonly offset = new ValueStore(0);
  /** Whether at least one sample arrived. */
  readonly measured = new ValueStore(false);

  /** The current time on the server's clock, in ms since the epoch. */
  readonly now = (): number => Date.now() + this.offset.get();

  /** A reply to a request sent `roundTripMs` ago. */
  addTimedSample(serverTime: number, roundTripMs: number, receivedAt = Date.now()): void {
    this.add({ offset: serverTime + roundTripMs / 2 - receivedAt, roundTrip: Math.max(0, roundTripMs) });
  }

  private add(sample: ClockSample): void {
    if (!Number.isFinite(sample.offset)) return;
    this.samples = [...this.samples, sample].slice(-keptSamples);
    let best = sample;
    for (const candidate of this.samples) if (candidate.roundTrip < best.roundTrip) best = candidate;
    this.offset.set(Math.round(best.offset));
    this.measured.set(true);
  }
}
