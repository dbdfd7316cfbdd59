import { readVersioned } from '../records/readVersioned';
import { versionedKind, type VersionedKind } from '../records/versionedKind';
import type { CollectionName, RecordTypes } from './boardDoc';
import {
  actionSchema,
  appreciationSchema,
  boardMetaSchema,
  cardSchema,
  estimateSchema,
  headingSchema,
  ideaNoteSchema,
  ideaSchema,
  keyQuestionSchema,
  redactionSchema,
  reportTextSchema,
  themeSchema,
  themeWithoutHostAgreement,
  type BoardMeta,
} from './records';

export const recordLabels: Record<CollectionName, { one: string; many: string }> = {
  headings: { one: 'heading', many: 'headings' },
  keyQuestions: { one: 'key question', many: 'key questions' },
  cards: { one: 'card', many: 'cards' },
  themes: { one: 'theme', many: 'themes' },
  ideas: { one: 'idea', many: 'ideas' },
  appreciations: { one: 'appreciation', many: 'appreciations' },
  ideaNotes: { one: 'idea note', many: 'idea notes' },
  actions: { one: 'action', many: 'actions' },
  redactions: { one: 'redaction', many: 'redactions' },
  reportTexts: { one: 'report text', many: 'report texts' },
  estimates: { one: 'estimate', many: 'estimates' },
};

/**
 * What a board doc holds is whatever its writers sent, so every record is read through its kind:
 * migrated from the version it was written at, then validated. The relay refuses a write that
 * fails, and readers skip a stored record that fails (one a board kept from before the relay
 * checked, or one a newer Washup wrote), saying so rather than crashing on it. A kind that changes
 * shape adds a migration here.
 */
export const recordKinds: { [Name in CollectionName]: VersionedKind<RecordTypes[Name]> } = {
  headings: versionedKind({ label: recordLabels.headings.one, schema: headingSchema }),
  keyQuestions: versionedKind({ label: recordLabels.keyQuestions.one, schema: keyQuestionSchema }),
  cards: versionedKind({ label: recordLabels.cards.one, schema: cardSchema }),
  themes: versionedKind({ label: recordLabels.themes.one, schema: themeSchema, migrations: [themeWithoutHostAgreement] }),
  ideas: versionedKind({ label: recordLabels.ideas.one, schema: ideaSchema }),
  appreciations: versionedKind({ label: recordLabels.appreciations.one, schema: appreciationSchema }),
  ideaNotes: versionedKind({ label: recordLabels.ideaNotes.one, schema: ideaNoteSchema }),
  actions: versionedKind({ label: recordLabels.actions.one, schema: actionSchema }),
  redactions: versionedKind({ label: recordLabels.redactions.one, schema: redactionSchema }),
  reportTexts: versionedKind({ label: recordLabels.reportTexts.one, schema: reportTextSchema }),
  estimates: versionedKind({ label: recordLabels.estimates.one, schema: estimateSchema }),
};

const settings = "the board's settings";

/** The board's own settings, versioned like the records. */
export const boardMetaKind = versionedKind({ label: settings, schema: boardMetaSchema });

/** A stored value that readers pass over: where it is, which record (when it names one) and what is wrong. */
export interface UnreadableRecord {
  collection: CollectionName | 'meta';
  id: string | null;
  problem: string;
}

/** How the relay's close reason starts when it refuses a change for a record failing its schema. */
export const recordRefusalPrefix = 'refused: ';

export type RecordReading<Record> = { ok: true; key: string; record: Record } | { ok: false; unreadable: UnreadableRecord };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One entry of a collection's array, which must be a `{ key, val }` pair whose record reads through its kind under its own id. */
export function readRecordEntry<Name extends CollectionName>(name: Name, entry: unknown): RecordReading<RecordTypes[Name]> {
  const unreadable = (id: string | null, problem: string): RecordReading<RecordTypes[Name]> => ({
    ok: false,
    unreadable: { collection: name, id, problem },
  });
  if (!isObject(entry) || typeof entry.key !== 'string') return unreadable(null, 'is not a { key, val } entry');
  const key = entry.key;
  const reading = readVersioned(recordKinds[name], entry.val);
  if (!reading.ok) return unreadable(key, reading.problem);
  if (reading.value.id !== key) return unreadable(key, `is stored under another id (${reading.value.id})`);
  return { ok: true, key, record: reading.value };
}

/** Shown in place of settings that fail their schema, so the board still opens; `unreadable()` says so. */
export const standInMeta: BoardMeta = {
  title: 'Untitled board',
  templateId: '',
  createdAt: 0,
  lanes: { strengths: 'Strengths', nextSteps: 'Next steps' },
};

export function readBoardMeta(value: unknown): { ok: true; meta: BoardMeta } | { ok: false; unreadable: UnreadableRecord } {
  const reading = readVersioned(boardMetaKind, value);
  if (reading.ok) return { ok: true, meta: reading.value };
  return { ok: false, unreadable: { collection: 'meta', id: null, problem: reading.problem } };
}

/** "card c123", "an entry of cards", "the board's settings": how a refusal or a log line names the value. */
export function unreadableName({ collection, id }: UnreadableRecord): string {
  if (collection === 'meta') return settings;
  return id === null ? `an entry of ${collection}` : `${recordLabels[collection].one} ${id}`;
}

/**
 * What readers left out, in a sentence for people: `unreadableNotice(list, 'not shown')` gives
 * "1 card could not be read and is not shown." or "2 cards and 1 theme could not be read and are
 * not shown."; null when nothing was left out.
 */
export function unreadableNotice(unreadable: readonly UnreadableRecord[], consequence: string): string | null {
  if (unreadable.length === 0) return null;
  const counts = new Map<UnreadableRecord['collection'], number>();
  for (const { collection } of unreadable) counts.set(collection, (counts.get(collection) ?? 0) + 1);
  const parts = Array.from(counts, ([collection, count]) => {
    if (collection === 'meta') return settings;
    const label = recordLabels[collection];
    return `${count} ${count === 1 ? label.one : label.many}`;
  });
  const last = parts.pop() ?? '';
  const listed = parts.length > 0 ? `${parts.join(', ')} and ${last}` : last;
  const what = listed.charAt(0).toUpperCase() + listed.slice(1);
  return `${what} could not be read and ${unreadable.length === 1 ? 'is' : 'are'} ${consequence}.`;
}
