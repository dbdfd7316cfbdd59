import { useCallback, useEffect, useRef } from 'react';
import type { ReportTextPart } from '@washup/shared/board';
import { narrativePresenceField, type NarrativePresence } from '@washup/shared/presence';
import { useBoardConnection } from '../sync/BoardConnectionContext';

/**
 * Tells everyone which paragraph of a part this device's person is writing in (`publish`, with the
 * paragraph, as the caret moves; null when they leave the field); taken back when the field closes.
 */
export function useNarrativePresence(part: ReportTextPart): (paragraph: number | null) => void {
  const { awareness } = useBoardConnection();
  const last = useRef<NarrativePresence | null>(null);
  const publish = useCallback(
    (paragraph: number | null) => {
      const next = paragraph === null ? null : { part, paragraph };
      if (next?.paragraph === last.current?.paragraph && next?.part === last.current?.part) return;
      last.current = next;
      awareness.setLocalStateField(narrativePresenceField, next);
    },
    [awareness, part],
  );
  useEffect(() => () => publish(null), [publish]);
  return publish;
}
