import type { FastifyBaseLogger } from 'fastify';
import type { BoardService } from './boardService';

/** Boards deleted in one sweep at most: a backlog is worked off over several sweeps, so none holds storage for long. */
export const boardsPerSweep = 20;

/**
 * Deletes the boards whose retention has run out: once when the relay starts, then every
 * `intervalMs`, and at once when the Lead Reviewer sets a date already past. Each goes through
 * BoardService.delete, the path of the Lead Reviewer's own deletion. A sweep that fails is logged
 * and the next one tries again. Several relays on one database may sweep at once: deleting a
 * board twice is harmless.
 */
export class RetentionSweeper {
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly boards: BoardService,
    private readonly intervalMs: number,
    private readonly log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
  ) {}

  start(): void {
    this.sweepSoon();
  }

  /** Sweeps on the next turn of the event loop (after the one running, if any), then every `intervalMs` from there. */
  sweepSoon(): void {
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sweep();
    }, delayMs);
    // The relay's own close stops it; it never keeps the process alive alone.
    this.timer.unref();
  }

  private sweep(): void {
    if (this.sweeping) {
      this.again = true;
      return;
    }
    this.sweeping = this.boards.purgeDue(Date.now(), boardsPerSweep).then(
      (purged) => {
        for (const boardId of purged) this.log.info({ boardId }, 'board deleted: its retention period ran out');
      },
      (error: unknown) => this.log.warn({ err: error }, 'deleting boards past their retention failed; the next sweep tries again'),
    ).finally(() => {
      this.sweeping = null;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      } else this.schedule(this.intervalMs);
    });
  }

  /** Stops sweeping and waits for a sweep under way, so storage is not closed beneath it. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.sweeping;
  }
}
