import type { Editor, TLAssetId, TLShapeId } from 'tldraw';

/** Per board: the paths of pictures dropped offline that the relay then refused, not yet taken off a canvas on this device. */
const refusedPaths = new Map<string, Set<string>>();
const listeners = new Map<string, Set<() => void>>();

/** A picture waiting on this device was refused by the relay: the canvas takes it off (now, or when it next opens). */
export function noteRefusedPicture(boardId: string, path: string): void {
  const paths = refusedPaths.get(boardId) ?? new Set<string>();
  paths.add(path);
  refusedPaths.set(boardId, paths);
  for (const listener of listeners.get(boardId) ?? []) listener();
}

function takeRefusedPaths(boardId: string): Set<string> {
  const paths = refusedPaths.get(boardId) ?? new Set<string>();
  refusedPaths.delete(boardId);
  return paths;
}

function shapesShowing(editor: Editor, assetId: TLAssetId): TLShapeId[] {
  return editor.store.allRecords().flatMap((record) => (record.typeName === 'shape' && 'assetId' in record.props && record.props.assetId === assetId ? [record.id] : []));
}

/**
 * A picture the relay refused leaves no empty frame on anyone's canvas. tldraw deletes the asset of
 * an upload that failed but keeps its shape (an empty box, sent to every device), so the shapes of
 * an asset this person's canvas deletes go with it; and a picture dropped offline, shown from this
 * device's copy and refused once the link was back, has its asset deleted when the canvas hears of
 * it (or next opens on this device).
 */
export function takeOffRefusedPictures(editor: Editor, boardId: string): () => void {
  const stopShapes = editor.sideEffects.registerAfterDeleteHandler('asset', (asset, source) => {
    if (source !== 'user') return;
    const shapes = shapesShowing(editor, asset.id);
    if (shapes.length > 0) editor.deleteShapes(shapes);
  });
  const takeOff = () => {
    const paths = takeRefusedPaths(boardId);
    if (paths.size === 0) return;
    const refused = editor.getAssets().filter((asset) => 'src' in asset.props && asset.props.src !== null && paths.has(asset.props.src));
    if (refused.length > 0) editor.deleteAssets(refused.map((asset) => asset.id));
  };
  const boardListeners = listeners.get(boardId) ?? new Set<() => void>();
  listeners.set(boardId, boardListeners);
  boardListeners.add(takeOff);
  takeOff();
  return () => {
    stopShapes();
    boardListeners.delete(takeOff);
  };
}
