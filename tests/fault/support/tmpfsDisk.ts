import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A small real filesystem (tmpfs) that the test can fill to the last block and empty again, so
 * the relay meets ENOSPC exactly as on a full disk. Mounting needs root; `mount` says why not.
 */
export class TmpfsDisk {
  private ballastBytes = 0;

  private constructor(readonly dir: string) {}

  /** The mounted disk, or the reason it could not be mounted (not root, no mount permission). */
  static mount(sizeBytes: number): TmpfsDisk | string {
    const dir = mkdtempSync(path.join(tmpdir(), 'washup-disk-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir], { stdio: 'pipe' });
      return new TmpfsDisk(dir);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      return `cannot mount a tmpfs: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
  }

  private get ballast(): string {
    return path.join(this.dir, 'ballast');
  }

  /** Writes a ballast file until the disk refuses another byte; returns its size. */
  fill(): number {
    const fd = openSync(this.ballast, 'a');
    try {
      for (const chunk of [1 << 20, 1 << 12, 1]) {
        const block = Buffer.alloc(chunk, 0xab);
        // Bounded: the disk is small, so a million chunks is far more than it takes.
        for (let i = 0; i < 1_000_000; i++) {
          try {
            this.ballastBytes += writeSync(fd, block);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
            throw error;
          }
        }
      }
    } finally {
      closeSync(fd);
    }
    return this.ballastBytes;
  }

  /** Space returns: the ballast goes. */
  free(): void {
    rmSync(this.ballast, { force: true });
    this.ballastBytes = 0;
  }

  unmount(): void {
    execFileSync('umount', ['-l', this.dir], { stdio: 'pipe' });
    rmSync(this.dir, { recursive: true, force: true });
  }
}
