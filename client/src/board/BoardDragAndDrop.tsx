import { useEffect, useState, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { moveAndAnnounce } from './announcements';
import { CardDropHighlight, cardDropData, cardElementAt, type Point } from './cardUnderPoint';
import { dragAnnouncements, dragInstructions } from './dragAnnouncements';
import { dropMove, type DragData, type DropData } from './dropActions';
import { innermostCollision } from './innermostCollision';
import { PointerTracker } from './pointerTracker';

// Module-level, so the sensors keep their identity across renders: new options would give dnd-kit
// new activators, and every draggable on the board would render again.
const pointerOptions = { activationConstraint: { distance: 6 } };
// A short press before a drag starts, so a finger can still scroll the board on a phone.
const touchOptions = { activationConstraint: { delay: 200, tolerance: 8 } };
const accessibility = { announcements: dragAnnouncements, screenReaderInstructions: dragInstructions };
// The board scrolls by itself only when the drag nears the top or bottom tenth of the window (the
// default fifth moved the board under people aiming at a card), and never sideways.
const autoScroll = { threshold: { x: 0, y: 0.1 } };

/** Where the drag is aimed: the pointer or finger, or for the keyboard the dragged grip's centre. */
function aimOf(event: DragMoveEvent, pointer: Point | null): Point | null {
  if (pointer) return pointer;
  const rect = event.active.rect.current.translated;
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
}

/**
 * Dragging on the board: a mouse after a few pixels, a finger after a short press, or the keyboard
 * (Space on a grip, arrows, Space). A drop becomes one shared board operation; while dragging, a
 * small label follows the pointer. Rendered above the part of the board that changes with the
 * doc, so a change to the board does not render dnd-kit (and all it wraps) again.
 */
export function BoardDragAndDrop({ children }: { children: ReactNode }) {
  const { board, undoHistory } = useBoardConnection();
  const [dragged, setDragged] = useState<DragData | null>(null);
  const [pointer] = useState(() => new PointerTracker());
  const [highlight] = useState(() => new CardDropHighlight());
  const sensors = useSensors(useSensor(PointerSensor, pointerOptions), useSensor(TouchSensor, touchOptions), useSensor(KeyboardSensor));
  useEffect(() => () => pointer.stop(), [pointer]);

  const stopTracking = () => {
    pointer.stop();
    highlight.clear();
    setDragged(null);
  };
  const start = (event: DragStartEvent) => {
    setDragged((event.active.data.current as DragData | undefined) ?? null);
    pointer.start(event.activatorEvent);
  };
  const move = (event: DragMoveEvent) => {
    const source = event.active.data.current as DragData | undefined;
    const aim = aimOf(event, pointer.point);
    const element = source?.kind === 'card' && aim ? cardElementAt(aim) : null;
    highlight.show(element?.dataset.cardId === source?.id ? null : element);
  };
  const end = (event: DragEndEvent) => {
    const source = event.active.data.current as DragData | undefined;
    const aim = aimOf(event, pointer.point);
    const card = source?.kind === 'card' && aim ? cardElementAt(aim) : null;
    stopTracking();
    // Let go over the card itself: it was put back, not moved to the end of its lane.
    if (!source || card?.dataset.cardId === source.id) return;
    const target = (card ? cardDropData(card) : null) ?? (event.over?.data.current as DropData | undefined);
    const drop = target ? dropMove(board, source, target) : null;
    if (drop) moveAndAnnounce(undoHistory, drop.done, drop.run);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={innermostCollision}
      accessibility={accessibility}
      autoScroll={autoScroll}
      onDragStart={start}
      onDragMove={move}
      onDragEnd={end}
      onDragCancel={stopTracking}
    >
      {children}
      <DragOverlay dropAnimation={null} className="drag-overlay">
        {dragged ? <div className="drag-preview">{dragged.label}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
