import type { Awareness } from 'y-protocols/awareness';

/**
 * A `useSyncExternalStore` store over the board's presence: `read` runs again only after the
 * awareness changed, so every render between changes gets the same snapshot.
 */
export function awarenessStore<T>(awareness: Awareness, read: (awareness: Awareness) => T) {
  let snapshot: { value: T } | null = null;
  return {
    subscribe(onChange: () => void) {
      // 'change' fires when someone arrives, leaves or changes their state; not on keep-alive renewals.
      const listener = () => {
        snapshot = null;
        onChange();
      };
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    get(): T {
      snapshot ??= { value: read(awareness) };
      return snapshot.value;
    },
  };
}
