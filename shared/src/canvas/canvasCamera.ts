import { z } from 'zod';
import { versionedKind } from '../records/versionedKind';
import type { Box } from './canvasLayout';

/**
 * tldraw's camera: a point of the page is drawn at `(point + camera) * z` on the canvas, so `x`
 * and `y` are minus the page point at the canvas's top-left corner.
 */
export interface CanvasCamera {
  x: number;
  y: number;
  z: number;
}

export interface ScreenSize {
  w: number;
  h: number;
}

/**
 * The canvas's zoom steps: tldraw's own, but up to 400 % instead of 800 %. When a canvas opens,
 * tldraw draws its hatched fill once for every power of two up to the ratio of the largest step to
 * the smallest, each 8 px × that zoom × the device's pixel ratio: to 800 % the largest is a
 * 2,048 px square (6,144 px on a phone at 3×), drawn in software before the first frame.
 */
export const canvasZoomSteps = [0.05, 0.1, 0.25, 0.5, 1, 2, 4] as const;

/**
 * The zooms a stored camera may hold: up to tldraw's 800 %, which earlier versions offered. tldraw
 * brings a camera past the last of `canvasZoomSteps` back to it; anything else is not this app's.
 */
const storedZoomRange = { min: 0.05, max: 8 } as const;

/**
 * The least zoom a first view opens at: a card's 13 px words are then at least 10 px on screen,
 * readable on a phone and from the back of the room. Fitting more in is what "Zoom to fit" is for.
 */
export const readableZoom = 0.8;
/** A first view never magnifies past the cards' own size: more space around them is more use. */
const largestOpeningZoom = 1;
/**
 * Screen pixels kept clear between the canvas's edges and what a first view shows: above, for a
 * frame's name (drawn over the frame) and tldraw's page menu; below, for tldraw's tools.
 */
export const openingMargins = { side: 16, top: 76, bottom: 64 } as const;

/** Each device's last camera on a board, kept in the browser so the canvas reopens where it was left. */
export const storedCameraKind = versionedKind({
  label: 'canvas camera',
  schema: z.object({
    x: z.number().finite().min(-1e7).max(1e7),
    y: z.number().finite().min(-1e7).max(1e7),
    z: z.number().min(storedZoomRange.min).max(storedZoomRange.max),
  }),
});

/** The smallest box holding all of `boxes`; null for none. */
export function boxAround(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.w));
  const bottom = Math.max(...boxes.map((box) => box.y + box.h));
  return { x: left, y: top, w: right - left, h: bottom - top };
}

/**
 * The camera that shows `box` on a canvas of `screen` size at a zoom people can read: the whole box
 * when it fits at a readable zoom (centred, at most life size), otherwise its top-left corner at
 * the readable zoom, where reading starts.
 */
export function readableCameraFor(box: Box, screen: ScreenSize): CanvasCamera {
  const { side, top, bottom } = openingMargins;
  const room = { w: Math.max(1, screen.w - 2 * side), h: Math.max(1, screen.h - top - bottom) };
  const fit = Math.min(room.w / Math.max(1, box.w), room.h / Math.max(1, box.h));
  const z = Math.min(largestOpeningZoom, Math.max(readableZoom, fit));
  const fits = box.w * z <= room.w && box.h * z <= room.h;
  const left = side + (fits ? (room.w - box.w * z) / 2 : 0);
  const above = top + (fits ? (room.h - box.h * z) / 2 : 0);
  return { x: left / z - box.x, y: above / z - box.y, z };
}
