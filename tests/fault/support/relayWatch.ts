import { RssSampler } from '../../load/proc';
import type { RelayProcess } from '../../support/relayProcess';
import { metricFrom, scrapeMetrics } from './relayMetrics';

export interface RelayWatchFigures {
  /** The relay's own worst event-loop delay over the watch (from /metrics), in ms. */
  maxLoopDelayMs: number;
  /** The slowest /metrics answer: how long an HTTP client waited on the relay. */
  maxScrapeMs: number;
  peakRssBytes: number;
  /** How the relay process ended during the watch, or null if it is still running. */
  exit: string | null;
}

/**
 * Watches a relay process while a test attacks it: its event-loop delay and HTTP answer time
 * each second, its peak memory, and whether it died.
 */
export class RelayWatch {
  private maxLoopDelayMs = 0;
  private maxScrapeMs = 0;
  private exit: string | null = null;
  private scraping = false;
  private readonly rss: RssSampler;
  private readonly timer: NodeJS.Timeout;
  private readonly onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    this.exit = signal ? `killed by ${signal}` : `exited with ${code}`;
  };

  private constructor(private readonly relay: RelayProcess) {
    this.rss = new RssSampler(relay.child.pid ?? 0);
    relay.child.once('exit', this.onExit);
    this.timer = setInterval(() => void this.scrape(), 1_000);
  }

  /** Starts watching after one scrape, which clears the delay the relay's start-up left behind. */
  static async start(relay: RelayProcess): Promise<RelayWatch> {
    await scrapeMetrics(relay.url);
    return new RelayWatch(relay);
  }

  private async scrape(): Promise<void> {
    if (this.scraping || this.exit) return;
    this.scraping = true;
    const started = performance.now();
    try {
      const text = await scrapeMetrics(this.relay.url);
      this.maxLoopDelayMs = Math.max(this.maxLoopDelayMs, (metricFrom(text, 'washup_event_loop_delay_max_seconds') ?? 0) * 1000);
    } catch {
      // A scrape that failed counts by its time; a dead relay is reported through `exit`.
    }
    this.maxScrapeMs = Math.max(this.maxScrapeMs, performance.now() - started);
    this.scraping = false;
  }

  async stop(): Promise<RelayWatchFigures> {
    clearInterval(this.timer);
    await this.scrape();
    this.relay.child.off('exit', this.onExit);
    return {
      maxLoopDelayMs: Math.round(this.maxLoopDelayMs),
      maxScrapeMs: Math.round(this.maxScrapeMs),
      peakRssBytes: this.rss.stop(),
      exit: this.exit,
    };
  }
}
