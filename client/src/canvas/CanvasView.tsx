import { useCallback, useEffect, useRef, useState } from 'react';
import { createTLStore, defaultBindingUtils, defaultShapeUtils, Tldraw, type Editor } from 'tldraw';
import 'tldraw/tldraw.css';
import { canvasDocOf, canvasImageMaxBytes, canvasImageTypes } from '@washup/shared/canvas';
import type { BoardDoc } from '@washup/shared/board';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { useBoardWrite } from '../sync/useBoardWrite';
import { applyBoardWrite } from '../sync/boardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';
import { canvasAssetUrls } from './canvasAssets';
import { canvasPictureStore } from './canvasPictureStore';
import { canvasCameraOptions, openAndRememberCamera } from './canvasCamera';
import { CanvasCameraControls } from './CanvasCameraControls';
import { CanvasToolbar } from './CanvasToolbar';
import { syncCanvasStore } from './canvasSync';
import { CardShapeUtil } from './CardShapeUtil';
import { keepCardShapes } from './cardShapes';
import { takeOffRefusedPictures } from './refusedPictures';
import { shareCanvasPresence } from './canvasPresence';
import { useCanvasConfig } from './useCanvasConfig';
import { useFillToWindowBottom } from './useFillToWindowBottom';
import './canvas.css';

const shapeUtils = [CardShapeUtil];
/** The pictures the relay keeps (canvasImages.ts); tldraw refuses others with a message before any upload. */
const pictureLimits = { acceptedImageMimeTypes: canvasImageTypes, acceptedVideoMimeTypes: [], maxAssetSize: canvasImageMaxBytes };
const canvasLocked = (board: BoardDoc) => canvasDocOf(board.doc).locked;

/**
 * The Canvas tab: free space on the same board (tldraw), where evidence cards are shapes bound to
 * their cards, headings and lanes are frames, and notes, arrows, text and drawings live on the
 * canvas only. Hosts and observers see it read-only, as does everyone but the Lead Reviewer while
 * the canvas is locked.
 */
export function CanvasView() {
  const connection = useBoardConnection();
  const config = useCanvasConfig();
  const canvas = canvasDocOf(connection.board.doc);
  const locked = useBoardValue(canvasLocked);
  const isLead = connection.identity.role === 'facilitator';
  const [blocked, setBlocked] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [store] = useState(() => createTLStore({ shapeUtils: [...defaultShapeUtils, ...shapeUtils], bindingUtils: defaultBindingUtils, assets: canvasPictureStore(connection, setProblem) }));
  const [synced, setSynced] = useState(false);
  const { write } = useBoardWrite();
  const stageRef = useRef<HTMLDivElement>(null);
  useFillToWindowBottom(stageRef);

  const readOnly = !connection.canEdit || blocked !== null || (locked && !isLead);
  const mayWrite = useRef(!readOnly);
  mayWrite.current = !readOnly;

  useEffect(() => {
    const sync = syncCanvasStore(store, canvas, { mayWrite: () => mayWrite.current, onProblem: setProblem });
    setBlocked(sync.blocked);
    setSynced(true);
    return () => sync.stop();
  }, [store, canvas]);

  useEffect(() => {
    editor?.updateInstanceState({ isReadonly: readOnly });
  }, [editor, readOnly]);

  useEffect(() => {
    if (!editor) return undefined;
    let caughtUp = connection.status.get().link === 'connected';
    const stopStatus = connection.status.subscribe(() => {
      if (connection.status.get().link === 'connected') caughtUp = true;
    });
    const stopCards = keepCardShapes(editor, connection.board, {
      mayWrite: () => mayWrite.current,
      caughtUp: () => caughtUp,
      writeBoard: (operation, label) => applyBoardWrite(() => connection.undoHistory.record(() => operation(connection.board), label)),
      onProblem: setProblem,
    });
    const stopPresence = shareCanvasPresence(editor, connection.awareness);
    const stopCamera = openAndRememberCamera(editor, connection.boardId);
    const stopRefused = takeOffRefusedPictures(editor, connection.boardId);
    return () => {
      stopRefused();
      stopStatus();
      stopCards();
      stopPresence();
      stopCamera();
    };
  }, [editor, connection]);

  const onMount = useCallback((mounted: Editor) => {
    mounted.updateInstanceState({ isReadonly: !mayWrite.current });
    setEditor(mounted);
  }, []);

  return (
    <section className="canvas" aria-label="Canvas">
      <div className="canvas__bar">
        <CanvasToolbar editor={editor} isLead={isLead} readOnly={readOnly} locked={locked} canEdit={connection.canEdit} write={write} onLockChange={(next) => canvas.transact(() => canvas.setLocked(next))} onProblem={setProblem} />
        <CanvasCameraControls editor={editor} />
      </div>
      {blocked ? <ErrorAlert>{blocked}</ErrorAlert> : null}
      {problem ? <ErrorAlert onDismiss={() => setProblem(null)}>{problem}</ErrorAlert> : null}
      <div ref={stageRef} className="canvas__stage" data-testid="canvas-stage" data-readonly={readOnly ? 'true' : 'false'}>
        {config && synced ? (
          <Tldraw store={store} shapeUtils={shapeUtils} cameraOptions={canvasCameraOptions} assetUrls={canvasAssetUrls} licenseKey={config.licenseKey ?? undefined} onMount={onMount} {...pictureLimits} />
        ) : (
          <p className="canvas__loading">Opening the canvas…</p>
        )}
      </div>
    </section>
  );
}
