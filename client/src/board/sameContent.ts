import type { LaneView, ThemeView } from '@washup/shared/board';
import { sameItems } from './sameItems';

/**
 * The board view is derived afresh after every change, but unchanged records keep their identity,
 * so comparing records (not the view's wrapper objects) lets an untouched theme or lane skip
 * rendering when one card moves elsewhere on a board of thousands.
 */
export function sameThemeView(a: ThemeView, b: ThemeView): boolean {
  return a.theme === b.theme && sameItems(a.cards, b.cards);
}

export function sameLaneView(a: LaneView, b: LaneView): boolean {
  return (
    sameItems(a.looseCards, b.looseCards) &&
    a.themes.length === b.themes.length &&
    a.themes.every((theme, index) => {
      const other = b.themes[index];
      return other !== undefined && sameThemeView(theme, other);
    })
  );
}
