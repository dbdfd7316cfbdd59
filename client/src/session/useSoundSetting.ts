import { useCallback, useSyncExternalStore } from 'react';

const storageKey = 'washup.sessionSound';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(storageKey) !== 'muted';
  } catch {
    return true;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether this device chimes when a turn ends. Per device: the projector may chime while laptops stay quiet. */
export function useSoundSetting(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read);
  const set = useCallback((next: boolean) => {
    try {
      window.localStorage.setItem(storageKey, next ? 'on' : 'muted');
    } catch {
      // Private browsing without storage: the choice lasts until the page reloads.
    }
    for (const listener of listeners) listener();
  }, []);
  return [on, set];
}
