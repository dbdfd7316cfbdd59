import { describe, expect, it } from 'vitest';
import { boxAround, canvasZoomSteps, openingMargins, readableCameraFor, readableZoom, storedCameraKind, type CanvasCamera } from '../../src/canvas/canvasCamera';
import { laneFrameBox } from '../../src/canvas/canvasLayout';
import { readVersioned, stampVersion } from '../../src/records';

/** Where a page point is drawn on the canvas under `camera` (tldraw's rule). */
const onScreen = (camera: CanvasCamera, x: number, y: number) => ({ x: (x + camera.x) * camera.z, y: (y + camera.y) * camera.z });

describe("the canvas's first view", () => {
  const headingRow = boxAround([laneFrameBox(0, 'strengths'), laneFrameBox(0, 'nextSteps')]);

  it('shows a heading row whole and centred on a projector, clear of the tools, never larger than life', () => {
    if (!headingRow) throw new Error('no box');
    const camera = readableCameraFor(headingRow, { w: 1900, h: 900 });
    expect(camera.z).toBe(1);
    const topLeft = onScreen(camera, headingRow.x, headingRow.y);
    const bottomRight = onScreen(camera, headingRow.x + headingRow.w, headingRow.y + headingRow.h);
    expect(topLeft.x).toBeCloseTo(1900 - bottomRight.x);
    expect(topLeft.y - openingMargins.top).toBeCloseTo(900 - openingMargins.bottom - bottomRight.y);
  });

  it('fits a heading row on a laptop, above the readable zoom', () => {
    if (!headingRow) throw new Error('no box');
    const camera = readableCameraFor(headingRow, { w: 1340, h: 680 });
    expect(camera.z).toBeGreaterThanOrEqual(readableZoom);
    expect(camera.z).toBeLessThan(1);
    expect(onScreen(camera, headingRow.x + headingRow.w, 0).x).toBeLessThanOrEqual(1340);
  });

  it('opens at the readable zoom at the top-left corner on a phone, where the row does not fit', () => {
    if (!headingRow) throw new Error('no box');
    const camera = readableCameraFor(headingRow, { w: 388, h: 640 });
    expect(camera.z).toBe(readableZoom);
    const topLeft = onScreen(camera, headingRow.x, headingRow.y);
    expect(topLeft.x).toBeCloseTo(openingMargins.side);
    expect(topLeft.y).toBeCloseTo(openingMargins.top);
  });

  it('survives an empty box and a canvas with no size', () => {
    const camera = readableCameraFor({ x: 10, y: 20, w: 0, h: 0 }, { w: 0, h: 0 });
    expect(Number.isFinite(camera.x) && Number.isFinite(camera.y)).toBe(true);
    expect(camera.z).toBe(1);
  });

  it('holds every box it is given', () => {
    expect(boxAround([])).toBeNull();
    expect(boxAround([{ x: -100, y: 5, w: 50, h: 10 }, { x: 0, y: -20, w: 10, h: 10 }])).toEqual({ x: -100, y: -20, w: 110, h: 35 });
  });
});

describe('a remembered camera', () => {
  it('reads back what was stored, and names what is not a camera', () => {
    const stored = stampVersion(storedCameraKind, { x: -120.5, y: 40, z: 0.8 });
    expect(readVersioned(storedCameraKind, JSON.parse(JSON.stringify(stored)))).toEqual({ ok: true, value: { x: -120.5, y: 40, z: 0.8 } });
    for (const garbage of [null, 'camera', [], { x: 1, y: 2 }, { x: 'a', y: 0, z: 1 }, { x: 0, y: 0, z: 0 }, { x: 0, y: 0, z: 1e9 }, { x: 1e300, y: 0, z: 1 }, { x: 0, y: 0, z: 1, v: 99 }]) {
      expect(readVersioned(storedCameraKind, garbage).ok).toBe(false);
    }
  });

  it('still reads a camera zoomed past 400 % by an earlier version (tldraw brings it back into range)', () => {
    expect(canvasZoomSteps.at(-1)).toBe(4);
    const earlier = stampVersion(storedCameraKind, { x: 0, y: 0, z: 8 });
    expect(readVersioned(storedCameraKind, JSON.parse(JSON.stringify(earlier)))).toEqual({ ok: true, value: { x: 0, y: 0, z: 8 } });
    expect(readVersioned(storedCameraKind, { ...earlier, z: 8.5 }).ok).toBe(false);
  });
});
