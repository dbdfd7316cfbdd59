import { useEffect, useRef } from 'react';
import type { RetentionResponse } from '@washup/shared/api';
import { purgeDateOf, type Retention } from '@washup/shared/board';
import { getRetention } from '../api/retention';
import { useBoardMeta } from '../sync/useBoardMeta';
import { useBoardRequest } from '../sync/useBoardRequest';

export interface RetentionState {
  /** As the board's settings say, so every device has it at once and offline; null: kept until deleted by hand. */
  retention: Retention | null;
  /** When the relay is due to delete the board; for a period after the last change, known once the relay has said when that was. */
  purgeAt: number | null;
  /** The relay's answer, refetched whenever the retention changes. */
  fetched: RetentionResponse | null;
  reload: () => void;
}

/** How long the relay keeps this board, for everyone on it to see when its data goes. */
export function useRetention(): RetentionState {
  const retention = useBoardMeta()?.retention ?? null;
  const { value, reload } = useBoardRequest(true, getRetention);
  const key = JSON.stringify(retention);
  const seenKey = useRef(key);
  // A new retention in the settings (the Lead Reviewer's, from any device) moves the date: ask again.
  useEffect(() => {
    if (seenKey.current === key) return;
    seenKey.current = key;
    reload();
  }, [key, reload]);
  const purgeAt = retention?.kind === 'onDate' ? retention.purgeAt : value ? purgeDateOf(retention, value.lastActivityAt) : null;
  return { retention, purgeAt, fetched: value, reload };
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatPurgeDate(at: number): string {
  return dateFormat.format(new Date(at));
}

/** The sentence for people: when the board goes, and on what it depends. */
export function retentionSentence(retention: Retention | null, purgeAt: number | null): string {
  if (!retention) return 'Kept until the Lead Reviewer deletes it.';
  if (retention.kind === 'onDate') return `Deleted on ${formatPurgeDate(retention.purgeAt)}, for everyone and from every device.`;
  const when = purgeAt === null ? '' : `: on ${formatPurgeDate(purgeAt)} if nobody changes it before then`;
  return `Deleted ${retention.days} days after its last change${when}, for everyone and from every device.`;
}
