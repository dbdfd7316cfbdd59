/** Fires a moment after the countdown's end, so the relay's clock has certainly passed it. */
const wakeSlackMs = 5;

/**
 * One pending wake-up per board and session: when the current countdown will run out, the relay
 * brings the session forward itself, so a turn that times out ends for everyone even if no
 * client is left to ask.
 */
export class SessionWakeups {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private stopped = false;

  /** Replaces any earlier wake-up for `key`; `at` null (nothing running, or paused) just cancels it. */
  schedule(key: string, at: number | null, wake: () => void, now = Date.now()): void {
    const earlier = this.pending.get(key);
    if (earlier) clearTimeout(earlier);
    this.pending.delete(key);
    if (at === null || this.stopped) return;
    const timeout = setTimeout(() => {
      this.pending.delete(key);
      wake();
    }, Math.max(0, at - now) + wakeSlackMs);
    this.pending.set(key, timeout);
  }

  stop(): void {
    this.stopped = true;
    for (const timeout of this.pending.values()) clearTimeout(timeout);
    this.pending.clear();
  }
}
