import { useSyncExternalStore } from 'react';
import type { UndoHistory } from '../sync/UndoHistory';
import { applyBoardWrite } from '../sync/boardWrite';
import { ValueStore } from '../sync/ValueStore';

export interface Announcement {
  text: string;
  /** A refused move is shown as well as read out; a done one is only read out (the board shows it). */
  failed: boolean;
  /** A change that took something off the board is shown too, with an Undo button. */
  offersUndo: boolean;
}

/**
 * What the last move did. A module-level store, so announcing re-renders only the live region,
 * not the board around it.
 */
const latest = new ValueStore<Announcement | null>(null);

export function announce(text: string, failed = false, offersUndo = false): void {
  latest.set({ text, failed, offersUndo });
}

export function dismissAnnouncement(): void {
  latest.set(null);
}

export function useAnnouncement(): Announcement | null {
  return useSyncExternalStore(latest.subscribe, latest.get);
}

/**
 * Runs one board operation through the board-write path, as one step this person can undo, then
 * says what it did (`done`), or why it could not be done. A change that removed something
 * (`offersUndo`) is shown with an Undo button rather than only read out.
 */
export function changeAndAnnounce(undoHistory: UndoHistory, done: string, change: () => void, offersUndo = false): void {
  const refused = applyBoardWrite(() => undoHistory.record(change, done));
  if (refused === null) announce(done, false, offersUndo);
  else announce(`That change was not made. ${refused}`, true);
}

/** The same for a move: where the thing went, or why it could not go. */
export function moveAndAnnounce(undoHistory: UndoHistory, done: string, move: () => void): void {
  const refused = applyBoardWrite(() => undoHistory.record(move, done));
  if (refused === null) announce(done);
  else announce(`That move was not made. ${refused}`, true);
}
