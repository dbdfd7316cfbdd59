/**
 * Server-side timers for timed sessions: one pending deadline per key (e.g. a board's Council
 * turn), replaced whenever the state changes. Clients also ask for a tick when their countdown
 * ends, so a restarted relay without timers still advances.
 */
export class Deadlines {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  schedule(key: string, at: number, run: () => Promise<unknown>): void {
    this.cancel(key);
    const delay = Math.max(0, at - Date.now());
    // setTimeout's limit is about 24.8 days; a timed session never waits that long.
    const timer = setTimeout(() => {
      this.timers.delete(key);
      run().catch((error: unknown) => console.error(`deadline ${key} failed`, error));
    }, Math.min(delay, 2 ** 31 - 1));
    timer.unref();
    this.timers.set(key, timer);
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
