import { createThemeFromCards, joinTheme, moveCard, moveTheme, resolvePlacement, type BoardDoc } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';

/** What is being dragged; `label` names it (a card's opening words, a theme's title). */
export type DragData = { kind: 'card' | 'theme'; id: string; label: string };

/** What it is dropped on; `label` names the place for screen readers. */
export type DropData =
  | { kind: 'card'; id: string; label: string }
  | { kind: 'theme'; id: string; label: string }
  | { kind: 'lane'; headingId: string; lane: LaneId; label: string }
  | { kind: 'inbox'; label: string };

/** A drop turned into one board operation, with the words that say what it did. */
export interface DropMove {
  done: string;
  run: () => void;
}

/** A theme goes to a lane; dropped on another theme, it goes just before it. */
function themeDrop(board: BoardDoc, themeId: string, target: DropData): DropMove | null {
  if (target.kind === 'lane') {
    return { done: `Theme moved to ${target.label}.`, run: () => moveTheme(board, themeId, { headingId: target.headingId, lane: target.lane }) };
  }
  if (target.kind === 'theme' && target.id !== themeId) {
    const onto = board.get('themes', target.id);
    if (!onto) return null;
    const position = { before: onto.id };
    return { done: `Theme moved next to the theme “${target.label}”.`, run: () => moveTheme(board, themeId, { headingId: onto.headingId, lane: onto.lane, position }) };
  }
  return null;
}

/**
 * A card onto a lane or the inbox moves it there; onto a theme joins it; onto a loose card makes
 * a theme of the two; onto a card in a theme joins that theme, just after that card.
 */
function cardDrop(board: BoardDoc, cardId: string, target: DropData): DropMove | null {
  switch (target.kind) {
    case 'inbox':
      return { done: 'Card moved to the inbox.', run: () => moveCard(board, cardId, { kind: 'inbox' }) };
    case 'lane':
      return { done: `Card moved to ${target.label}.`, run: () => moveCard(board, cardId, { kind: 'lane', headingId: target.headingId, lane: target.lane }) };
    case 'theme':
      return { done: `Card joined the theme “${target.label}”.`, run: () => joinTheme(board, cardId, target.id) };
    case 'card': {
      const onto = target.id === cardId ? undefined : board.get('cards', target.id);
      const where = onto ? resolvePlacement(onto, board) : null;
      if (where?.kind === 'theme') return { done: 'Card joined that card’s theme.', run: () => joinTheme(board, cardId, where.themeId, { after: target.id }) };
      if (where?.kind === 'loose') return { done: 'A new theme made of the two cards.', run: () => createThemeFromCards(board, cardId, target.id) };
      if (where?.kind === 'inbox') return { done: 'Card moved to the inbox.', run: () => moveCard(board, cardId, { kind: 'inbox' }) };
      return null;
    }
  }
}

export function dropMove(board: BoardDoc, dragged: DragData, target: DropData): DropMove | null {
  return dragged.kind === 'theme' ? themeDrop(board, dragged.id, target) : cardDrop(board, dragged.id, target);
}
