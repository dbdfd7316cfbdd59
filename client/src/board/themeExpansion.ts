import { useCallback, useSyncExternalStore } from 'react';
import { ValueStore } from '../sync/ValueStore';

/**
 * Which themes this device shows open. Each lane chooses a default (closed when it holds many);
 * "Expand all" and "Collapse all" replace every default; a theme opened or closed by hand keeps
 * that until the next "all". Kept per device: opening a theme is reading, not a board change.
 */
export type AllThemes = 'lane default' | 'open' | 'closed';

interface Expansion {
  all: AllThemes;
  byHand: ReadonlyMap<string, boolean>;
}

const expansion = new ValueStore<Expansion>({ all: 'lane default', byHand: new Map() });

export function setAllThemes(all: AllThemes): void {
  expansion.set({ all, byHand: new Map() });
}

export function setThemeOpen(themeId: string, open: boolean): void {
  expansion.update((current) => ({ ...current, byHand: new Map(current.byHand).set(themeId, open) }));
}

export function useAllThemes(): AllThemes {
  return useSyncExternalStore(expansion.subscribe, () => expansion.get().all);
}

/** Whether one theme is open; re-renders only that theme when its own answer changes. */
export function useThemeOpen(themeId: string, laneDefault: boolean): boolean {
  const read = useCallback(() => {
    const { all, byHand } = expansion.get();
    return byHand.get(themeId) ?? (all === 'lane default' ? laneDefault : all === 'open');
  }, [themeId, laneDefault]);
  return useSyncExternalStore(expansion.subscribe, read);
}

/** The themes opened or closed by hand since the last "all": a lane shows one opened there even beyond its first few. */
export function useThemesSetByHand(): ReadonlyMap<string, boolean> {
  return useSyncExternalStore(expansion.subscribe, () => expansion.get().byHand);
}
