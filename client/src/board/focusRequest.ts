import type { CardFilter } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';
import { ValueStore } from '../sync/ValueStore';

/**
 * A card or theme moved through its menu is rendered afresh in its new place, so the focus the
 * person had on its menu would fall back to the page. The mover asks for focus by key; the menu
 * that next mounts (or closes) with that key takes it.
 */
let requested: string | null = null;

export function requestFocus(key: string): void {
  requested = key;
}

/** True once for the key that asked; clears the request. */
export function takeFocusRequest(key: string): boolean {
  if (requested !== key) return false;
  requested = null;
  return true;
}

/**
 * A place on the board another part of the app (following the Lead Reviewer, a link) asks this
 * device's board to show: the overview, a heading, one lane of it, a theme, or a search. The
 * board view takes each request once, as it arrives, even when it asks for the same place again.
 */
export type BoardPlace =
  | { kind: 'overview' }
  | { kind: 'heading'; headingId: string }
  | { kind: 'lane'; headingId: string; lane: LaneId }
  | { kind: 'theme'; themeId: string }
  | { kind: 'filter'; filter: CardFilter };

export interface BoardPlaceRequest {
  place: BoardPlace;
  /** Counts up with each request, so asking for the same place twice still moves there. */
  serial: number;
}

export const boardPlaceRequests = new ValueStore<BoardPlaceRequest | null>(null);

/** Brings this device's board to `place` (the board view may not be open yet: it takes the latest request when it is). */
export function showOnBoard(place: BoardPlace): void {
  boardPlaceRequests.set({ place, serial: (boardPlaceRequests.get()?.serial ?? 0) + 1 });
}

let takenSerial = 0;

/** The place of a request the board has not acted on yet, once; null for one already taken (the board view opened again later). */
export function takeBoardPlace(request: BoardPlaceRequest | null): BoardPlace | null {
  if (!request || request.serial <= takenSerial) return null;
  takenSerial = request.serial;
  return request.place;
}

/**
 * What this device's board shows now, for a Lead Reviewer's device to share: the overview, or the
 * board with this search or filter, and the heading last brought into view. Read it with
 * `useSyncExternalStore(shownBoardPlace.subscribe, shownBoardPlace.get)`.
 */
export const shownBoardPlace = new ValueStore<BoardPlace | null>(null);
