import { EventLoopLateness } from './eventLoopLateness';

/** Counters the relay keeps for `/metrics`; never anything a board contains. */
export class Metrics {
  /** The relay's own measure of a stall. */
  private readonly eventLoopLateness = new EventLoopLateness();
  socketsOpen = 0;
  roomsLoaded = 0;
  updatesApplied = 0;
  updatesStored = 0;
  acksSent = 0;
  awarenessRelayed = 0;
  readonly framesRejected = new Map<string, number>();
  readonly connectionsRefused = new Map<string, number>();

  reject(reason: string): void {
    this.framesRejected.set(reason, (this.framesRejected.get(reason) ?? 0) + 1);
  }

  refuse(reason: string): void {
    this.connectionsRefused.set(reason, (this.connectionsRefused.get(reason) ?? 0) + 1);
  }

  /** Stops sampling the event loop (the relay is closing). */
  close(): void {
    this.eventLoopLateness.stop();
  }

  /**
   * The Prometheus text exposition format. The event-loop delay figures cover the time since the
   * previous scrape, so a scraper sees each stall once.
   */
  render(storedBytes: number): string {
    const memory = process.memoryUsage();
    const loop = this.eventLoopLateness.takeSincePrevious();
    const lines = [
      gauge('washup_rooms_loaded', 'Board and relay documents held in memory', this.roomsLoaded),
      gauge('washup_sockets_open', 'Sync sockets open', this.socketsOpen),
      counter('washup_updates_applied_total', 'Document updates applied', this.updatesApplied),
      counter('washup_updates_stored_total', 'Document updates durably appended', this.updatesStored),
      counter('washup_acks_sent_total', 'Save acknowledgements sent', this.acksSent),
      counter('washup_awareness_relayed_total', 'Presence messages relayed', this.awarenessRelayed),
      gauge('washup_stored_bytes', 'Bytes of document data in storage', storedBytes),
      gauge('washup_rss_bytes', 'Resident memory of the relay', memory.rss),
      gauge('washup_event_loop_delay_max_seconds', 'Longest event-loop delay since the previous scrape', loop.maxSeconds),
      gauge('washup_event_loop_delay_p99_seconds', '99th percentile event-loop delay since the previous scrape', loop.p99Seconds),
      labelled('washup_frames_rejected_total', 'Frames refused, by reason', this.framesRejected),
      labelled('washup_connections_refused_total', 'Sync connections refused before upgrade, by reason', this.connectionsRefused),
    ];
    return lines.join('\n') + '\n';
  }
}

function gauge(name: string, help: string, value: number): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} gauge\n${name} ${value}`;
}

function counter(name: string, help: string, value: number): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name} ${value}`;
}

function labelled(name: string, help: string, values: Map<string, number>): string {
  const rows = Array.from(values, ([reason, value]) => `${name}{reason="${reason}"} ${value}`);
  return [`# HELP ${name} ${help}`, `# TYPE ${name} counter`, ...rows].join('\n');
}
