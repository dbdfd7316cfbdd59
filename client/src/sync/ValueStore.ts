/**
 * One value that changes over time, shaped for `useSyncExternalStore`: `get` and `subscribe` are
 * stable functions, and `set` notifies only when the value really changed (`Object.is`).
 */
export class ValueStore<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();

  constructor(initial: T) {
    this.value = initial;
  }

  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const listener of Array.from(this.listeners)) listener();
  }

  update(change: (current: T) => T): void {
    this.set(change(this.value));
  }
}
