import { useDraggable } from '@dnd-kit/core';
import type { DragData } from './dropActions';

/**
 * The grip a card or theme is dragged by (its dots are drawn in CSS: 2,000 cards of SVG would
 * add thousands of elements for React to walk). Only the grip takes the pointer, so text can still
 * be selected and the buttons beside it still work; it is its own component, so while dragging
 * only the grips re-render, not the cards around them.
 */
export function DragHandle({ dragId, data }: { dragId: string; data: DragData }) {
  const { setNodeRef, listeners, attributes } = useDraggable({ id: dragId, data });
  return <button type="button" ref={setNodeRef} className="drag-handle" aria-label={`Drag ${data.kind} ${data.label}`} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" title="Drag to move (Alt+↑/↓: one place up or down)" {...listeners} {...attributes} />;
}
