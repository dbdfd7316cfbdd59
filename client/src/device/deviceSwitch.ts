import { useCallback, useSyncExternalStore } from 'react';

/**
 * A yes/no setting of this device alone (the chime, following the Lead Reviewer), on by default
 * and kept in localStorage: the projector may chime while laptops stay quiet. Every component
 * using the same switch re-renders when it changes.
 */
export function deviceSwitch(storageKey: string, offValue = 'off'): () => [boolean, (on: boolean) => void] {
  const listeners = new Set<() => void>();
  const read = (): boolean => {
    try {
      return window.localStorage.getItem(storageKey) !== offValue;
    } catch {
      return true;
    }
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const write = (on: boolean) => {
    try {
      window.localStorage.setItem(storageKey, on ? 'on' : offValue);
    } catch {
      // Private browsing without storage: the choice lasts until the page reloads.
    }
    for (const listener of listeners) listener();
  };
  return function useDeviceSwitch() {
    const on = useSyncExternalStore(subscribe, read);
    return [on, useCallback(write, [])];
  };
}
