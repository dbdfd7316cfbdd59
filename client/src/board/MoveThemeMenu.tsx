import { moveTheme, type Theme, type ThemeTarget } from '@washup/shared/board';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { moveAndAnnounce } from './announcements';
import { requestFocus } from './focusRequest';
import { themeDestinations, type PlaceOption } from './moveTargets';
import { PlaceMenu } from './PlaceMenu';

/** A theme's "Move to…": any heading's lane; its cards go with it. */
export function MoveThemeMenu({ theme }: { theme: Theme }) {
  const { board, undoHistory } = useBoardConnection();
  const focusKey = `theme:${theme.id}`;
  const move = (choice: PlaceOption<ThemeTarget>) => {
    requestFocus(focusKey);
    moveAndAnnounce(undoHistory, `Theme moved to ${choice.label}.`, () => moveTheme(board, theme.id, choice.target));
  };
  return <PlaceMenu buttonText="Move to…" subject={`theme: ${theme.title}`} destinations={themeDestinations} onMove={move} focusKey={focusKey} />;
}
