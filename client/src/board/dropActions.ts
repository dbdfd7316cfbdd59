import { createThemeFromCards, joinTheme, moveCard, moveTheme, resolvePlacement, type BoardDoc, type LaneId } from '@washup/shared';

export type DragData = { kind: 'card'; id: string } | { kind: 'theme'; id: string };
export type DropData = { kind: 'card'; id: string } | { kind: 'theme'; id: string } | { kind: 'lane'; headingId: string; lane: LaneId } | { kind: 'inbox' };

/**
 * What a drop means: a card onto a lane or the inbox moves it; onto a theme joins it; onto a loose
 * card makes a theme of the two (or joins the theme the card is in); a theme onto a lane moves it.
 */
export function applyDrop(board: BoardDoc, dragged: DragData, target: DropData): void {
  if (dragged.kind === 'theme') {
    if (target.kind === 'lane') moveTheme(board, dragged.id, { headingId: target.headingId, lane: target.lane });
    return;
  }
  switch (target.kind) {
    case 'inbox':
      moveCard(board, dragged.id, { kind: 'inbox' });
      return;
    case 'lane':
      moveCard(board, dragged.id, { kind: 'lane', headingId: target.headingId, lane: target.lane });
      return;
    case 'theme':
      joinTheme(board, dragged.id, target.id);
      return;
    case 'card': {
      if (target.id === dragged.id) return;
      const onto = board.get('cards', target.id);
      if (!onto) return;
      const placement = resolvePlacement(onto, board);
      if (placement.kind === 'theme') joinTheme(board, dragged.id, placement.themeId);
      else if (placement.kind === 'loose') createThemeFromCards(board, dragged.id, target.id);
      else if (placement.kind === 'inbox') moveCard(board, dragged.id, { kind: 'inbox' });
    }
  }
}
