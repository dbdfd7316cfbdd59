import { createHistogram } from 'node:perf_hooks';

/** What a scrape reports of the event loop's lateness since the previous scrape. */
export interface LatenessSincePrevious {
  maxSeconds: number;
  p99Seconds: number;
}

/**
 * How late the relay's event loop runs: a timer asks to run every `resolutionMs` and records how
 * much later than that it ran. Node's `monitorEventLoopDelay` does the same natively, but its
 * `reset()` also forgets when it last ran, so the first tick after a scrape only set the clock: a
 * stall that began within one interval of a scrape was never recorded. Here a scrape empties the
 * histogram and leaves the clock alone.
 */
export class EventLoopLateness {
  private readonly histogram = createHistogram();
  private lastTick = performance.now();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly resolutionMs = 10) {
    this.timer = setInterval(() => this.tick(), resolutionMs);
    this.timer.unref();
  }

  /** The figures since the previous call (or since the start), then starts afresh. */
  takeSincePrevious(): LatenessSincePrevious {
    const taken = this.histogram.count === 0 ? { maxSeconds: 0, p99Seconds: 0 } : { maxSeconds: this.histogram.max / 1e9, p99Seconds: this.histogram.percentile(99) / 1e9 };
    this.histogram.reset();
    return taken;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    const now = performance.now();
    const lateMs = now - this.lastTick - this.resolutionMs;
    this.lastTick = now;
    // Nanoseconds, as monitorEventLoopDelay records; a histogram takes only values of at least 1.
    this.histogram.record(Math.max(1, Math.round(lateMs * 1e6)));
  }
}
