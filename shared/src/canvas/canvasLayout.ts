import type { CardTarget } from '../board/cardOps';
import type { ResolvedPlacement } from '../board/placement';
import { laneIds, type LaneId } from '../templates/schema';
import { cardShapeSize } from './canvasRecords';

/**
 * Where things are first put on the canvas. People move them afterwards; these positions are only
 * where a new frame or a card shape starts, worked out from the board alone, so two devices that
 * add the same shape at once write the same record.
 */
const gap = 24;
const columns = 3;
const rowsPerFrame = 4;
/** Cards past a frame's rows are laid over the first ones, offset by this much each time round. */
const cascade = 18;
const laneSpacing = 96;
const headingSpacing = 160;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const laneFrameSize = {
  w: gap + columns * (cardShapeSize.w + gap),
  h: gap + rowsPerFrame * (cardShapeSize.h + gap),
} as const;

/** The inbox is the open page left of the frames. */
const inboxWidth = columns * (cardShapeSize.w + gap) + headingSpacing;

export function laneFrameBox(headingIndex: number, lane: LaneId): Box {
  return {
    x: laneIds.indexOf(lane) * (laneFrameSize.w + laneSpacing),
    y: headingIndex * (laneFrameSize.h + headingSpacing),
    ...laneFrameSize,
  };
}

function slot(index: number): { x: number; y: number } {
  const perRound = columns * rowsPerFrame;
  const round = Math.floor(index / perRound);
  const within = index % perRound;
  return {
    x: (within % columns) * (cardShapeSize.w + gap) + round * cascade,
    y: Math.floor(within / columns) * (cardShapeSize.h + gap) + round * cascade,
  };
}

/** The `index`th card's place inside a lane frame, relative to the frame. */
export function laneSlot(index: number): { x: number; y: number } {
  const { x, y } = slot(index);
  return { x: gap + x, y: gap + y };
}

/** The `index`th inbox card's place on the page, left of the frames, in rows of three. */
export function inboxSlot(index: number): { x: number; y: number } {
  return {
    x: -inboxWidth + (index % columns) * (cardShapeSize.w + gap),
    y: Math.floor(index / columns) * (cardShapeSize.h + gap),
  };
}

/** Where a card shape lies: loose on the page (the inbox), in a heading's lane frame, or somewhere else (a frame or group of someone's own). */
export type CanvasSpot = { kind: 'page' } | { kind: 'lane'; headingId: string; lane: LaneId } | { kind: 'elsewhere' };

/** Where a card's shape belongs, from the card's place on the board. */
export function spotOfPlacement(placement: ResolvedPlacement): CanvasSpot {
  switch (placement.kind) {
    case 'private':
      return { kind: 'elsewhere' };
    case 'inbox':
      return { kind: 'page' };
    case 'loose':
    case 'theme':
      return { kind: 'lane', headingId: placement.headingId, lane: placement.lane };
  }
}

export function sameSpot(a: CanvasSpot, b: CanvasSpot): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'lane' && b.kind === 'lane') return a.headingId === b.headingId && a.lane === b.lane;
  return true;
}

/**
 * What a card shape dropped at `spot` does to its card: nothing when the card is already there
 * (moving it within its lane keeps its theme), otherwise the move that puts it there. A shape in a
 * frame or group of someone's own leaves the card where it is, and so does reviewer learning.
 */
export function moveForDrop(spot: CanvasSpot, current: ResolvedPlacement): CardTarget | null {
  if (spot.kind === 'elsewhere' || current.kind === 'private') return null;
  if (sameSpot(spot, spotOfPlacement(current))) return null;
  return spot.kind === 'page' ? { kind: 'inbox' } : { kind: 'lane', headingId: spot.headingId, lane: spot.lane };
}
