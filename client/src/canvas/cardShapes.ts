import { react, type Editor, type TLFrameShape, type TLParentId, type TLShape, type TLShapeId } from 'tldraw';
import { boardView, moveCard, resolvePlacement, type BoardDoc, type BoardMeta, type HeadingView } from '@washup/shared/board';
import {
  cardShapeId,
  cardShapeSize,
  cardShapeType,
  canvasRoots,
  inboxSlot,
  laneFrameBox,
  laneFrameId,
  laneFrameMetaKey,
  laneFrameMetaSchema,
  laneSlot,
  moveForDrop,
  sameSpot,
  type CanvasSpot,
} from '@washup/shared/canvas';
import { laneIds, type LaneId } from '@washup/shared/templates';
import type * as Y from 'yjs';
import type { CardShape } from './CardShapeUtil';

export interface CardShapeOptions {
  /** Whether this device may change the canvas and the board now. */
  mayWrite: () => boolean;
  /** Whether the board doc has caught up with the relay at least once (before that, shapes are not added: the relay's may exist). */
  caughtUp: () => boolean;
  /** Applies a board operation as this person's own undoable change; null when applied, else why not. */
  writeBoard: (operation: (board: BoardDoc) => void, label: string) => string | null;
  onProblem: (message: string) => void;
}

const isCardShape = (shape: TLShape | undefined): shape is CardShape => shape?.type === cardShapeType;

export function laneOfFrame(shape: TLShape | undefined): { headingId: string; lane: LaneId } | null {
  if (shape?.type !== 'frame') return null;
  const parsed = laneFrameMetaSchema.safeParse(shape.meta[laneFrameMetaKey]);
  return parsed.success ? parsed.data : null;
}

/** Where a shape lies: on the page (the inbox), in a lane frame, or inside something of someone's own. */
function spotOfShape(editor: Editor, shape: TLShape): CanvasSpot {
  if (shape.parentId === editor.getCurrentPageId()) return { kind: 'page' };
  const lane = laneOfFrame(editor.getShape(shape.parentId as TLShapeId));
  return lane ? { kind: 'lane', ...lane } : { kind: 'elsewhere' };
}

const spotKey = (spot: CanvasSpot) => (spot.kind === 'lane' ? `${spot.headingId}/${spot.lane}` : spot.kind);

function frameName(heading: HeadingView, lane: LaneId, meta: BoardMeta | null): string {
  return `${heading.heading.title} · ${meta?.lanes[lane] ?? lane}`;
}

/**
 * Keeps the canvas's frames and card shapes in step with the board, and the board with what
 * people do to card shapes:
 * - every heading has a frame per lane, named after them; a heading removed takes its frames away
 *   (their shapes stay on the page);
 * - every shared card has one shape, added in its lane's frame or in the inbox (left of the
 *   frames); a deleted card's shape goes;
 * - a card placed on the board view (by anyone) moves its shape into the right frame;
 * - a card shape dropped into a lane frame (or out onto the page) places the card there, through
 *   the same board operations as a drag on the board view, once the drag ends.
 * Card shapes and lane frames cannot be deleted on the canvas: the board owns them.
 */
export function keepCardShapes(editor: Editor, board: BoardDoc, options: CardShapeOptions): () => void {
  const seenSpots = new Map<string, string>();
  const dropped = new Set<TLShapeId>();

  const reconcile = () => {
    if (!options.mayWrite() || !options.caughtUp() || editor.isIn('select.translating')) return;
    const view = boardView(board);
    const pageId = editor.getCurrentPageId();
    const wanted = new Map<string, CanvasSpot>();
    for (const card of view.inbox) wanted.set(card.id, { kind: 'page' });
    for (const heading of view.headings) {
      for (const lane of laneIds) {
        const contents = heading.lanes[lane];
        for (const card of [...contents.looseCards, ...contents.themes.flatMap((theme) => theme.cards)]) {
          wanted.set(card.id, { kind: 'lane', headingId: heading.heading.id, lane });
        }
      }
    }
    editor.run(() => {
      const headingIds = new Set(view.headings.map((heading) => heading.heading.id));
      view.headings.forEach((heading, index) => {
        for (const lane of laneIds) {
          const id = laneFrameId(heading.heading.id, lane) as TLShapeId;
          const name = frameName(heading, lane, view.meta);
          const frame = editor.getShape<TLFrameShape>(id);
          if (!frame) {
            const box = laneFrameBox(index, lane);
            editor.createShape<TLFrameShape>({
              id,
              type: 'frame',
              parentId: pageId,
              x: box.x,
              y: box.y,
              props: { w: box.w, h: box.h, name },
              meta: { [laneFrameMetaKey]: { headingId: heading.heading.id, lane } },
            });
          } else if (frame.props.name !== name) {
            editor.updateShape<TLFrameShape>({ id, type: 'frame', props: { name } });
          }
        }
      });
      for (const shape of editor.getCurrentPageShapes()) {
        const lane = laneOfFrame(shape);
        if (lane && !headingIds.has(lane.headingId)) {
          editor.reparentShapes(editor.getSortedChildIdsForParent(shape.id), pageId);
          editor.deleteShapes([shape.id]);
        }
        if (isCardShape(shape) && !wanted.has(shape.props.cardId)) editor.deleteShapes([shape.id]);
      }
      for (const [cardId, spot] of wanted) {
        const id = cardShapeId(cardId) as TLShapeId;
        const shape = editor.getShape<CardShape>(id);
        const key = spotKey(spot);
        const placementChanged = seenSpots.get(cardId) !== key;
        seenSpots.set(cardId, key);
        if (shape && (!placementChanged || sameSpot(spotOfShape(editor, shape), spot) || dropped.has(id))) continue;
        const place = slotFor(editor, spot, pageId);
        if (!place) continue;
        if (shape) editor.updateShape<CardShape>({ id, type: cardShapeType, parentId: place.parentId, x: place.x, y: place.y, index: editor.getHighestIndexForParent(place.parentId) });
        else editor.createShape<CardShape>({ id, type: cardShapeType, parentId: place.parentId, x: place.x, y: place.y, props: { cardId, ...cardShapeSize } });
      }
    });
  };

  /** A card shape's drop, once the drag is over: the card goes where its shape lies. */
  const placeDropped = () => {
    if (dropped.size === 0 || editor.isIn('select.translating') || !options.mayWrite()) return;
    const ids = [...dropped];
    dropped.clear();
    for (const id of ids) {
      const shape = editor.getShape<CardShape>(id);
      const card = shape ? board.get('cards', shape.props.cardId) : undefined;
      if (!shape || !card) continue;
      const spot = spotOfShape(editor, shape);
      const target = moveForDrop(spot, resolvePlacement(card, board));
      if (!target) continue;
      // Seen already: the placement that follows is this drop's, and must not move the shape again.
      seenSpots.set(card.id, spotKey(spot));
      const refused = options.writeBoard((doc) => moveCard(doc, card.id, target), 'Card moved on the canvas');
      if (refused) options.onProblem(refused);
    }
  };

  const stopListening = editor.store.listen(
    ({ changes }) => {
      for (const [from, to] of Object.values(changes.updated)) {
        if (to.typeName === 'shape' && to.type === cardShapeType && from.typeName === 'shape' && from.parentId !== to.parentId) dropped.add(to.id);
      }
      if (dropped.size > 0) queueMicrotask(placeDropped);
    },
    { source: 'user', scope: 'document' },
  );
  const stopWatchingDrag = react('place dropped cards', () => {
    if (!editor.isIn('select.translating')) {
      queueMicrotask(placeDropped);
      queueMicrotask(reconcile);
    }
  });

  // Changes to the board's records only: the canvas's own writes do not change where cards belong.
  const canvasTypes = new Set<unknown>([board.doc.getArray(canvasRoots.records), board.doc.getMap(canvasRoots.meta)]);
  let scheduled = false;
  const onBoardChange = (transaction: Y.Transaction) => {
    if (scheduled || [...transaction.changed.keys()].every((type) => canvasTypes.has(type))) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      reconcile();
    });
  };
  board.doc.on('afterTransaction', onBoardChange);

  const stopGuarding = editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) => {
    if (source !== 'user' || !options.mayWrite()) return;
    if (isCardShape(shape) && board.get('cards', shape.props.cardId)) return false;
    if (laneOfFrame(shape) && board.get('headings', laneOfFrame(shape)?.headingId ?? '')) return false;
    return;
  });

  reconcile();
  return () => {
    stopListening();
    stopWatchingDrag();
    stopGuarding();
    board.doc.off('afterTransaction', onBoardChange);
  };
}

/** The next free place for a card shape at `spot`: the next slot of its lane frame, or of the inbox. */
function slotFor(editor: Editor, spot: CanvasSpot, pageId: TLParentId): { parentId: TLParentId; x: number; y: number } | null {
  if (spot.kind === 'elsewhere') return null;
  if (spot.kind === 'lane') {
    const frameId = laneFrameId(spot.headingId, spot.lane) as TLShapeId;
    if (!editor.getShape(frameId)) return null;
    const count = editor.getSortedChildIdsForParent(frameId).filter((id) => isCardShape(editor.getShape(id))).length;
    return { parentId: frameId, ...laneSlot(count) };
  }
  const count = editor.getSortedChildIdsForParent(pageId).filter((id) => isCardShape(editor.getShape(id))).length;
  return { parentId: pageId, ...inboxSlot(count) };
}
