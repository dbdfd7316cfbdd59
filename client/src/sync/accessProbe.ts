import { getBoardSummary } from '../api/boards';
import { fatalFromHttp, type FatalReason } from './fatalReason';

const minProbeIntervalMs = 10_000;

/**
 * A browser is not told why a WebSocket upgrade was refused (the relay answers 401/403/404 before
 * upgrading; the page only sees code 1006). When a socket fails before opening, this asks the same
 * question over HTTP, at most every 10 s, and reports a refusal that reconnecting cannot fix.
 */
export class AccessProbe {
  private lastProbeAt = -Infinity;
  private running = false;
  private stopped = false;

  constructor(
    private readonly boardId: string,
    private readonly token: string,
    private readonly onRefused: (reason: FatalReason) => void,
  ) {}

  probe(): void {
    if (this.stopped || this.running || performance.now() - this.lastProbeAt < minProbeIntervalMs) return;
    this.running = true;
    this.lastProbeAt = performance.now();
    getBoardSummary(this.boardId, this.token).then(
      () => {
        this.running = false;
      },
      (error: unknown) => {
        this.running = false;
        const reason = fatalFromHttp(error);
        if (reason && !this.stopped) this.onRefused(reason);
      },
    );
  }

  stop(): void {
    this.stopped = true;
  }
}
