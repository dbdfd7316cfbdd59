import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { narrativeText, type ReportTextPart } from '@washup/shared/board';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/** One part's shared text and its words as stored now (citations as `[#cardId]`), kept current as anyone types. */
export function useNarrativeText(part: ReportTextPart): { text: Y.Text; stored: string } {
  const { board } = useBoardConnection();
  const text = useMemo(() => narrativeText(board.doc, part), [board, part]);
  const store = useMemo(
    () => ({
      subscribe(onChange: () => void) {
        text.observe(onChange);
        return () => text.unobserve(onChange);
      },
      get: () => text.toString(),
    }),
    [text],
  );
  return { text, stored: useSyncExternalStore(store.subscribe, store.get) };
}
