import { generateNKeysBetween } from 'fractional-indexing';

/** Anything kept in order among its siblings by a fractional-index key. */
export interface OrderedItem {
  readonly id: string;
  readonly order: string;
}

/** Where an item goes among its siblings; `index` counts the siblings without the item itself. */
export type SiblingPosition = 'start' | 'end' | { index: number } | { before: string } | { after: string };

/** Keys for the placed items (in the order given), and the siblings that needed new keys to make room. */
export interface OrderPlan {
  orders: string[];
  rekeyed: OrderedItem[];
}

/**
 * Sorts by key, then by id. Two peers inserting at the same spot at the same time produce the same
 * key; the id breaks that tie the same way on every peer. Keys compare by code unit (the order
 * fractional-indexing is built on), never by locale.
 */
export function compareOrdered(a: OrderedItem, b: OrderedItem): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** The gap among `others` (sorted, the placed items left out) that `position` points at. */
function gapIndex(others: readonly OrderedItem[], placed: readonly OrderedItem[], position: SiblingPosition): number {
  if (position === 'start') return 0;
  if (position === 'end') return others.length;
  if ('index' in position) {
    return Number.isFinite(position.index) ? Math.min(Math.max(Math.floor(position.index), 0), others.length) : others.length;
  }
  const anchorId = 'before' in position ? position.before : position.after;
  const anchor = others.find((item) => item.id === anchorId);
  if (!anchor) {
    // Dropped on (or next to) itself: it stays where it is.
    const self = placed.find((item) => item.id === anchorId);
    // Otherwise the anchor was moved away or deleted by a peer since the user aimed at it.
    return self ? others.filter((item) => compareOrdered(item, self) < 0).length : others.length;
  }
  const anchorIndex = others.indexOf(anchor);
  return 'before' in position ? anchorIndex : anchorIndex + 1;
}

/**
 * Finds keys that put the given items, in that order, at `position` among `siblings` (items already
 * among the siblings are left out first, so moving within the same list works). Usually only the
 * placed items get keys. When the two neighbours share a key (two peers inserted at the same spot
 * concurrently) no key fits between them, so the tied run above the gap gets fresh keys too; if a
 * faulty client wrote a malformed key, the whole list is renumbered rather than the move refused.
 */
export function placeAmong(
  siblings: readonly OrderedItem[],
  itemIds: readonly string[],
  position: SiblingPosition,
): OrderPlan {
  const placedIds = new Set(itemIds);
  const others = siblings.filter((item) => !placedIds.has(item.id)).sort(compareOrdered);
  const placed = siblings.filter((item) => placedIds.has(item.id));
  const index = gapIndex(others, placed, position);
  const lower = others[index - 1];
  const upper = others[index];
  try {
    if (!lower || !upper || lower.order !== upper.order) {
      return { orders: generateNKeysBetween(lower?.order ?? null, upper?.order ?? null, itemIds.length), rekeyed: [] };
    }
    let runEnd = index;
    while (others[runEnd]?.order === upper.order) runEnd += 1;
    const keys = generateNKeysBetween(lower.order, others[runEnd]?.order ?? null, itemIds.length + runEnd - index);
    const rekeyed = others.slice(index, runEnd).map((item, at) => ({ id: item.id, order: keys[itemIds.length + at] ?? '' }));
    return { orders: keys.slice(0, itemIds.length), rekeyed };
  } catch {
    return renumberAll(others, index, itemIds.length);
  }
}

function renumberAll(others: readonly OrderedItem[], index: number, count: number): OrderPlan {
  const keys = generateNKeysBetween(null, null, others.length + count);
  const rekeyed = others
    .map((item, at) => ({ id: item.id, order: keys[at < index ? at : at + count] ?? '' }))
    .filter((item, at) => item.order !== others[at]?.order);
  return { orders: keys.slice(index, index + count), rekeyed };
}
