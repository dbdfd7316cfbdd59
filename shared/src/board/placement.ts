import type { LaneId } from '../templates/schema';
import type { BoardDoc } from './boardDoc';
import type { Card } from './records';

/**
 * Where a card is shown. Every card resolves to exactly one of these, whatever peers did
 * concurrently, so a card is never lost and never shown twice:
 * - a card in a theme that exists follows the theme (the theme's heading and lane win over the
 *   copy kept on the card, which may be stale after a concurrent theme move);
 * - a card whose theme is gone (deleted or dissolved while the card joined it) is loose in the
 *   lane it records;
 * - a card whose heading is gone, or whose theme's heading is gone, is back in the inbox;
 * - a reviewer-learning card is always in the private lane, wherever it claims to be.
 * `dangling` says a reference was skipped, for a UI hint; the stored record is left as it is.
 */
export type ResolvedPlacement =
  | { kind: 'private' }
  | { kind: 'inbox'; dangling: boolean }
  | { kind: 'loose'; headingId: string; lane: LaneId; dangling: boolean }
  | { kind: 'theme'; themeId: string; headingId: string; lane: LaneId };

/** The reads resolution needs; a BoardDoc is one. */
export type RecordLookup = Pick<BoardDoc, 'get'>;

export function resolvePlacement(card: Card, records: RecordLookup): ResolvedPlacement {
  if (card.privateLearning) return { kind: 'private' };
  const placement = card.placement;
  if (!placement) return { kind: 'inbox', dangling: false };
  const theme = placement.themeId === undefined ? undefined : records.get('themes', placement.themeId);
  if (theme) {
    if (!records.get('headings', theme.headingId)) return { kind: 'inbox', dangling: true };
    return { kind: 'theme', themeId: theme.id, headingId: theme.headingId, lane: theme.lane };
  }
  if (!records.get('headings', placement.headingId)) return { kind: 'inbox', dangling: true };
  return { kind: 'loose', headingId: placement.headingId, lane: placement.lane, dangling: placement.themeId !== undefined };
}
