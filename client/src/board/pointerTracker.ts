import type { Point } from './cardUnderPoint';

/**
 * Where the pointer or finger is during a drag. dnd-kit reports how far the dragged item moved,
 * not where the pointer is, and the card under the pointer is what a drop on a card needs.
 */
export class PointerTracker {
  point: Point | null = null;

  // One bound function, so the listener added at the start is the one removed at the end.
  private readonly track = (event: PointerEvent | TouchEvent): void => {
    const at = 'touches' in event ? event.touches[0] : event;
    if (at) this.point = { x: at.clientX, y: at.clientY };
  };

  /** Starts from the event that began the drag; a keyboard drag has no pointer to follow. */
  start(activator: Event): void {
    this.stop();
    if (activator instanceof PointerEvent) this.track(activator);
    else if (typeof TouchEvent !== 'undefined' && activator instanceof TouchEvent) this.track(activator);
    else return;
    window.addEventListener('pointermove', this.track, true);
    window.addEventListener('touchmove', this.track, true);
  }

  stop(): void {
    window.removeEventListener('pointermove', this.track, true);
    window.removeEventListener('touchmove', this.track, true);
    this.point = null;
  }
}
