import type { ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { DropData } from './dropActions';

interface Props {
  dropId: string;
  data: DropData;
  as: 'article' | 'section';
  className: string;
  /** The accessible name of the region or article. */
  name: string;
  /** Extra `data-*` attributes for styling. */
  attributes?: Record<`data-${string}`, string | undefined>;
  children: ReactNode;
}

/**
 * An element things can be dropped on. dnd-kit re-renders every droppable when the drag moves over
 * a new target; as a wrapper that passes its children through untouched, only this element
 * re-renders, not the card or theme inside it.
 */
export function DropZone({ dropId, data, as: Element, className, name, attributes, children }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: dropId, data });
  return (
    <Element ref={setNodeRef} className={className} aria-label={name} data-over={isOver || undefined} {...attributes}>
      {children}
    </Element>
  );
}
