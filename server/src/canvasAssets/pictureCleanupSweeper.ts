import type { FastifyBaseLogger } from 'fastify';
import { cleanUpAllPictures, type BoardCleanup, type PictureCleanupDeps } from './pictureCleanup';

/** Pictures wait two weeks after their last use: an hour more or less makes no difference, and a sweep reads every canvas with pictures. */
export const pictureCleanupIntervalMs = 60 * 60_000;

/**
 * Cleans up the canvas pictures no board uses any more (pictureCleanup.ts): once when the relay
 * starts, then every `pictureCleanupIntervalMs`. Several relays on one database may sweep at once:
 * marks and deletions are conditional rows, so sweeping twice is harmless. A board whose sweep
 * fails is logged, and the next sweep tries it again.
 */
export class PictureCleanupSweeper {
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: PictureCleanupDeps,
    private readonly log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
  ) {}

  start(): void {
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sweeping = cleanUpAllPictures(this.deps, Date.now(), (boardId, result) => this.report(boardId, result), () => this.stopped)
        .catch((error: unknown) => this.log.warn({ err: error }, 'cleaning up unused canvas pictures failed; the next sweep tries again'))
        .finally(() => {
          this.sweeping = null;
          this.schedule(pictureCleanupIntervalMs);
        });
    }, delayMs);
    // The relay's own close stops it; it never keeps the process alive alone.
    this.timer.unref();
  }

  private report(boardId: string, result: BoardCleanup): void {
    if ('failed' in result) this.log.warn({ boardId, err: result.failed }, "cleaning up a board's unused canvas pictures failed; the next sweep tries again");
    else if ('skipped' in result) this.log.warn({ boardId, reason: result.skipped }, "a board's unused canvas pictures are kept: its canvas holds a value this relay cannot read");
    else if (result.deleted.length > 0) this.log.info({ boardId, pictures: result.deleted.length, bytes: result.freedBytes }, 'canvas pictures deleted: no canvas used them for two weeks');
  }

  /** Stops sweeping and waits for a sweep under way, so storage is not closed beneath it. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.sweeping;
  }
}
