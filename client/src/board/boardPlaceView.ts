import type { BoardPlace } from './focusRequest';
import { headingTitleId } from './HeadingRow';
import { setThemeOpen } from './themeExpansion';

/**
 * Brings a heading, lane or theme of the rendered board into view and gives it the focus (a
 * theme is opened first). False when it is not on the page (yet).
 */
export function bringIntoView(place: BoardPlace): boolean {
  let target: HTMLElement | null = null;
  let focus: HTMLElement | null = null;
  if (place.kind === 'heading') {
    target = focus = document.getElementById(headingTitleId(place.headingId));
  } else if (place.kind === 'lane') {
    target = document.querySelector<HTMLElement>(`.lane[data-heading-id="${CSS.escape(place.headingId)}"][data-lane="${CSS.escape(place.lane)}"]`);
    focus = target?.querySelector<HTMLElement>('.lane__new') ?? document.getElementById(headingTitleId(place.headingId));
  } else if (place.kind === 'theme') {
    setThemeOpen(place.themeId, true);
    target = document.querySelector<HTMLElement>(`.theme[data-theme-id="${CSS.escape(place.themeId)}"]`);
    focus = target?.querySelector<HTMLElement>('.theme__toggle') ?? null;
  }
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  focus?.focus({ preventScroll: true });
  return true;
}
