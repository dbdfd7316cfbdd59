import type { BoardRecordEntry, RestorePoint } from '@washup/shared/api';
import { roleLabels } from '@washup/shared/auth';
import { collectionNames, recordLabels, type ChangeCounts, type CollectionName } from '@washup/shared/board';

type Counts = Partial<Record<CollectionName, number>>;

/** "30 cards and 2 themes"; null when there are none. */
export function countsInWords(counts: Counts): string | null {
  const parts = collectionNames.flatMap((collection) => {
    const count = counts[collection] ?? 0;
    if (count === 0) return [];
    const label = recordLabels[collection];
    return [`${count} ${count === 1 ? label.one : label.many}`];
  });
  if (parts.length === 0) return null;
  const last = parts.pop() ?? '';
  return parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
}

function field(changes: ChangeCounts, which: 'added' | 'changed' | 'removed'): Counts {
  return Object.fromEntries(collectionNames.map((collection) => [collection, changes[collection]?.[which] ?? 0]));
}

/** "12 cards added, 3 themes changed" since the point before; "No changes" when none. */
export function changesInWords(changes: ChangeCounts): string {
  const parts = (['added', 'changed', 'removed'] as const).flatMap((which) => {
    const words = countsInWords(field(changes, which));
    return words ? [`${words} ${which}`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : 'No changes';
}

export function countsOf(changes: ChangeCounts, which: 'added' | 'changed' | 'removed'): Counts {
  return field(changes, which);
}

/** Why the point was taken, in a heading's words. */
export function pointTitle(point: RestorePoint): string {
  const who = point.by ? `${point.by.name}${point.by.role ? ` (${roleLabels[point.by.role]})` : ''}` : null;
  switch (point.reason) {
    case 'bulkRemoval':
      return `Before ${countsInWords(point.removing ?? {}) ?? 'several records'} were removed${who ? ` by ${who}` : ''}`;
    case 'beforeRestore':
      return `Before a restore${who ? ` by ${who}` : ''}`;
    case 'activity':
      return who ? `Board as it stood when ${who} made a change` : 'Board as it stood';
  }
}

export function pointTime(point: RestorePoint): string {
  return new Date(point.takenAt).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** A record in a line: a card's observation, a theme's or heading's title, and so on. */
export function recordText(entry: BoardRecordEntry): string {
  switch (entry.collection) {
    case 'cards':
      return entry.record.observation;
    case 'themes':
    case 'headings':
      return entry.record.title;
    case 'keyQuestions':
    case 'ideas':
    case 'appreciations':
    case 'ideaNotes':
    case 'reportTexts':
      return entry.record.text;
    case 'actions':
      return entry.record.what;
    case 'estimates':
      return entry.record.point;
    case 'redactions':
      return `${entry.record.name} → ${entry.record.replacement}`;
  }
}
