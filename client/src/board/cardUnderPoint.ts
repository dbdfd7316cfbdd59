import type { DropData } from './dropActions';

/**
 * Cards are drop targets without being dnd-kit droppables: 2,000 droppables would make dnd-kit
 * render the whole board again whenever one card mounts or unmounts, that is, on every move. The
 * card under the pointer is found from the page instead, the moment it matters.
 */
const cardSelector = '[data-card-id]';

export interface Point {
  x: number;
  y: number;
}

export function cardElementAt(point: Point): HTMLElement | null {
  return document.elementFromPoint(point.x, point.y)?.closest<HTMLElement>(cardSelector) ?? null;
}

/** A card element as a drop target. */
export function cardDropData(element: HTMLElement): DropData | null {
  const id = element.dataset.cardId;
  return id ? { kind: 'card', id, label: element.dataset.cardLabel ?? 'a card' } : null;
}

/** Outlines the card a drop would land on (the one element that changes, so no render is needed). */
export class CardDropHighlight {
  private current: HTMLElement | null = null;

  show(element: HTMLElement | null): void {
    if (element === this.current) return;
    this.current?.removeAttribute('data-over');
    element?.setAttribute('data-over', '');
    this.current = element;
  }

  clear(): void {
    this.show(null);
  }
}
