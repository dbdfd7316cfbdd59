import { useSyncExternalStore } from 'react';
import { applyBoardWrite } from '../sync/boardWrite';
import { ValueStore } from '../sync/ValueStore';

export interface Announcement {
  text: string;
  /** A refused move is shown as well as read out; a done one is only read out (the board shows it). */
  failed: boolean;
}

/**
 * What the last move did. A module-level store, so announcing re-renders only the live region,
 * not the board around it.
 */
const latest = new ValueStore<Announcement | null>(null);

export function announce(text: string, failed = false): void {
  latest.set({ text, failed });
}

export function dismissAnnouncement(): void {
  latest.set(null);
}

export function useAnnouncement(): Announcement | null {
  return useSyncExternalStore(latest.subscribe, latest.get);
}

/** Runs one board operation through the board-write path, then says where the thing went, or why it could not go. */
export function moveAndAnnounce(done: string, move: () => void): void {
  const refused = applyBoardWrite(move);
  if (refused === null) announce(done);
  else announce(`That move was not made. ${refused}`, true);
}
