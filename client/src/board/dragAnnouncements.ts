import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core';

/** dnd-kit reads out ids by default ("card:k3j…"); these name the card, theme or place instead. */
const nameOf = (item: Active | Over | null): string => {
  const data: unknown = item?.data.current;
  if (typeof data !== 'object' || data === null || !('label' in data) || typeof data.label !== 'string') return 'this item';
  const kind = 'kind' in data && (data.kind === 'card' || data.kind === 'theme') ? `${data.kind} ` : '';
  return kind ? `${kind}“${data.label}”` : data.label;
};

export const dragAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${nameOf(active)}.`,
  onDragOver: ({ active, over }) => (over ? `${nameOf(active)} is over ${nameOf(over)}.` : `${nameOf(active)} is not over a place.`),
  // A drop on a place is read out by the move itself, which says what it did there.
  onDragEnd: ({ active, over }) => (over ? undefined : `${nameOf(active)} put back; nothing moved.`),
  onDragCancel: ({ active }) => `Moving ${nameOf(active)} cancelled; nothing moved.`,
};

export const dragInstructions: ScreenReaderInstructions = {
  draggable:
    'To pick it up, press Space or Enter. Move it with the arrow keys, press Space or Enter to drop it, or Escape to cancel. The Move to… button beside it does the same from a list. Alt with the up or down arrow moves it one place within its list.',
};
