import { useMemo } from 'react';
import { mergeThemes, type Theme } from '@washup/shared/board';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { changeAndAnnounce } from './announcements';
import { mergeDestinations, type PlaceOption } from './moveTargets';
import { PlaceMenu } from './PlaceMenu';

/** A theme's "Merge into…": its cards join the chosen theme, after that theme's own, and it goes (undoable). */
export function MergeThemeMenu({ theme }: { theme: Theme }) {
  const { board, undoHistory } = useBoardConnection();
  const destinations = useMemo(() => mergeDestinations(theme), [theme]);
  const merge = (choice: PlaceOption<string>) =>
    changeAndAnnounce(undoHistory, `Theme “${theme.title}” merged into ${choice.label}.`, () => mergeThemes(board, choice.target, theme.id), true);
  return (
    <PlaceMenu
      buttonText="Merge into…"
      subject={`theme: ${theme.title}`}
      destinations={destinations}
      onMove={merge}
      focusKey={`merge-theme:${theme.id}`}
    />
  );
}
