/** How much traffic one socket, or all sockets of one token, may cause per second. */
export interface TrafficLimits {
  framesPerSecond: number;
  /** Bytes received, plus bytes of the answers the sender asked for (a whole-document state). */
  bytesPerSecond: number;
}

/** Seconds of traffic at the full rate a budget holds, so that short bursts pass. */
const burstSeconds = 2;

/**
 * A token bucket that may run into debt: while it is not in debt, a request of any size is taken,
 * so one large legitimate frame or answer always gets through; the debt is then paid back at the
 * bucket's rate before anything more is allowed.
 */
export class Allowance {
  private level: number;
  private updatedAt: number;

  constructor(
    private readonly perSecond: number,
    private readonly capacity = perSecond * burstSeconds,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.level = capacity;
    this.updatedAt = now();
  }

  take(amount: number): boolean {
    const now = this.now();
    this.level = Math.min(this.capacity, this.level + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
    if (this.level < 0) return false;
    this.level -= amount;
    return true;
  }
}

/** Frames and bytes together: spending returns which ran out, or null when both allow it. */
export class TrafficBudget {
  private readonly frames: Allowance;
  private readonly bytes: Allowance;

  constructor(readonly limits: TrafficLimits) {
    this.frames = new Allowance(limits.framesPerSecond);
    this.bytes = new Allowance(limits.bytesPerSecond);
  }

  spend(frames: number, bytes: number): 'frames' | 'bytes' | null {
    if (frames > 0 && !this.frames.take(frames)) return 'frames';
    if (bytes > 0 && !this.bytes.take(bytes)) return 'bytes';
    return null;
  }
}
