import type { BoardDoc, Theme } from '@washup/shared/board';
import { useBoardValue } from '../sync/useBoardValue';

const selectThemes = (board: BoardDoc): ReadonlyMap<string, Theme> => new Map(board.list('themes').map((theme) => [theme.id, theme]));

/** The themes as stored (unredacted), for the facilitator's editors. */
export function useThemeRecords(): ReadonlyMap<string, Theme> {
  return useBoardValue(selectThemes);
}
