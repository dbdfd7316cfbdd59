import { react, type Editor, type TLCameraOptions, type TLShapeId } from 'tldraw';
import { boxAround, canvasZoomSteps, cardShapeType, readableCameraFor, storedCameraKind, type Box, type CanvasCamera } from '@washup/shared/canvas';
import { readVersioned, stampVersion } from '@washup/shared/records';
import { isRecord, readStored, writeStored } from '../device/localStore';
import { laneOfFrame } from './cardShapes';

/** tldraw's camera with the canvas's own zoom steps (`canvasZoomSteps` says why they stop at 400 %). */
export const canvasCameraOptions: Partial<TLCameraOptions> = { zoomSteps: [...canvasZoomSteps] };

const storageKey = (boardId: string) => `washup:canvas-camera:${boardId}`;
/** A camera is written once it has rested this long: a pan is hundreds of camera changes. */
const restMs = 400;

type StoredCamera = { kind: 'none' } | { kind: 'camera'; camera: CanvasCamera } | { kind: 'unreadable'; problem: string };

function storedCamera(boardId: string): StoredCamera {
  const stored = readStored(storageKey(boardId), isRecord);
  if (!stored) return { kind: 'none' };
  const reading = readVersioned(storedCameraKind, stored);
  return reading.ok ? { kind: 'camera', camera: reading.value } : { kind: 'unreadable', problem: reading.problem };
}

/**
 * Where reading the canvas starts: the top row of heading frames with the inbox's cards beside it
 * (the cards waiting to be placed). Null while the canvas has none of them yet.
 */
function headingsBox(editor: Editor): Box | null {
  const pageId = editor.getCurrentPageId();
  const boxOf = (id: TLShapeId): Box | null => {
    const bounds = editor.getShapePageBounds(id);
    return bounds ? { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h } : null;
  };
  const frames: Box[] = [];
  const inbox: Box[] = [];
  for (const id of editor.getSortedChildIdsForParent(pageId)) {
    const shape = editor.getShape(id);
    const box = shape ? boxOf(id) : null;
    if (!shape || !box) continue;
    if (laneOfFrame(shape)) frames.push(box);
    else if (shape.type === cardShapeType) inbox.push(box);
  }
  const top = Math.min(...frames.map((frame) => frame.y));
  const topRow = frames.filter((frame) => frame.y < top + frame.h / 2);
  const row = boxAround(topRow);
  // Inbox cards level with the top row; with no headings yet, the inbox's top.
  const inboxTop = Math.min(...inbox.map((card) => card.y));
  const besideRow = inbox.filter((card) => (row ? card.y < row.y + row.h : card.y < inboxTop + card.h));
  return boxAround([...topRow, ...besideRow]);
}

/** Shows the top row of headings (and the inbox beside it) at a zoom people can read; false while there is nothing to show. */
export function showHeadings(editor: Editor, animate = false): boolean {
  const box = headingsBox(editor);
  if (!box) return false;
  const screen = editor.getViewportScreenBounds();
  editor.setCamera(readableCameraFor(box, { w: screen.w, h: screen.h }), animate ? { animation: { duration: 240 } } : undefined);
  return true;
}

/**
 * The canvas's first view on this device, then its memory: the camera this device last left the
 * board's canvas at, or the headings at a readable zoom (as soon as they exist: on a board's very
 * first open the frames are made once the board has caught up). Each camera that rests is kept,
 * per board, in the browser; a stored camera that cannot be read is named and left as it is.
 */
export function openAndRememberCamera(editor: Editor, boardId: string): () => void {
  const stored = storedCamera(boardId);
  if (stored.kind === 'unreadable') console.warn(`canvas camera for this board not read: ${stored.problem}`);
  let opened = false;
  if (stored.kind === 'camera') {
    editor.setCamera(stored.camera);
    opened = true;
  }
  const openCamera = editor.getCamera();
  const stopOpening = react('open at the headings', () => {
    if (opened) return;
    const moved = editor.getCamera();
    // Someone moved the canvas before the headings came: their view stands.
    if (moved.x !== openCamera.x || moved.y !== openCamera.y || moved.z !== openCamera.z) opened = true;
    else opened = showHeadings(editor);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopRemembering = react('remember the camera', () => {
    const { x, y, z } = editor.getCamera();
    clearTimeout(timer);
    if (stored.kind === 'unreadable' || !opened) return;
    timer = setTimeout(() => writeStored(storageKey(boardId), stampVersion(storedCameraKind, { x, y, z })), restMs);
  });
  return () => {
    stopOpening();
    stopRemembering();
    clearTimeout(timer);
  };
}
