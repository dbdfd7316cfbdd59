import type * as Y from 'yjs';

/**
 * The writes that bricked boards before the relay checked records (issue 13, item 2), made
 * straight into a doc as a hostile client makes them, each with the words its refusal must name.
 */
export interface HostileWrite {
  name: string;
  /** What the relay's close reason must contain. */
  refusal: string;
  write(doc: Y.Doc): void;
}

const validTheme = { id: 'bad-theme', headingId: 'h1', lane: 'strengths', title: 'Reading', summary: '', order: 'a0' };
const validCard = {
  id: 'bad-card',
  observation: 'Pupils read aloud',
  activity: 'lesson visit',
  keyQuestionIds: [],
  valence: 'strength',
  counterEvidence: false,
  privateLearning: false,
  authorId: 'rev-1',
  authorName: 'Rae',
  capturedAt: 1_700_000_000_000,
  placement: null,
};
const validHeading = { id: 'bad-heading', title: 'Leadership', description: '', panel: false, order: 'a0' };

/** A record as RecordArray stores it: a `{ key, val }` pair appended to the collection's array. */
function pushPair(doc: Y.Doc, collection: string, key: string, val: unknown): void {
  doc.getArray(collection).push([{ key, val }]);
}

export const hostileWrites: readonly HostileWrite[] = [
  {
    name: "a theme that still sets the host's agreement (only the host records it, through the relay)",
    refusal: "theme bad-theme fails its schema: hostAgreement: a theme no longer holds the host's agreement",
    write: (doc) => pushPair(doc, 'themes', 'bad-theme', { ...validTheme, v: 2, hostAgreement: 'agreed' }),
  },
  {
    name: 'a theme with an unknown lane',
    refusal: 'theme bad-theme fails its schema: lane',
    write: (doc) => pushPair(doc, 'themes', 'bad-theme', { ...validTheme, lane: 'sideways' }),
  },
  { name: 'a null card', refusal: 'card bad-card fails its schema', write: (doc) => pushPair(doc, 'cards', 'bad-card', null) },
  { name: 'a null entry in the cards', refusal: 'an entry of cards fails its schema', write: (doc) => doc.getArray('cards').push([null]) },
  {
    name: 'a number as an observation',
    refusal: 'card bad-card fails its schema: observation',
    write: (doc) => pushPair(doc, 'cards', 'bad-card', { ...validCard, observation: 42 }),
  },
  {
    name: 'a card missing fields',
    refusal: 'card bad-card fails its schema',
    write: (doc) => pushPair(doc, 'cards', 'bad-card', { id: 'bad-card', observation: 'Only this' }),
  },
  {
    name: 'a card from a newer version of Washup',
    refusal: 'card bad-card fails its schema: was written at version 99 by a newer Washup',
    write: (doc) => pushPair(doc, 'cards', 'bad-card', { ...validCard, v: 99 }),
  },
  {
    name: 'a card whose version is no version',
    refusal: 'card bad-card fails its schema: has version "1", which is not a version',
    write: (doc) => pushPair(doc, 'cards', 'bad-card', { ...validCard, v: '1' }),
  },
  { name: "a string as the board's meta", refusal: "the board's settings fails its schema", write: (doc) => doc.getMap('meta').set('board', 'not settings') },
  {
    name: 'an object as a heading title',
    refusal: 'heading bad-heading fails its schema: title',
    write: (doc) => pushPair(doc, 'headings', 'bad-heading', { ...validHeading, title: { text: 'Leadership' } }),
  },
  {
    name: 'a zero-width space as a theme title',
    refusal: 'theme bad-theme fails its schema: title',
    write: (doc) => pushPair(doc, 'themes', 'bad-theme', { ...validTheme, title: '\u200B' }),
  },
  {
    name: 'report text for a part the report does not have',
    refusal: 'report text appendix fails its schema: id',
    write: (doc) => pushPair(doc, 'reportTexts', 'appendix', { id: 'appendix', text: 'Smuggled in' }),
  },
  {
    name: 'an oversized report summary',
    refusal: 'report text summary fails its schema: text',
    write: (doc) => pushPair(doc, 'reportTexts', 'summary', { id: 'summary', text: 'x'.repeat(10_001) }),
  },
  {
    name: 'deeply nested report text',
    refusal: 'report text summary fails its schema: text',
    write: (doc) => {
      let nested: unknown = 'deep';
      for (let depth = 0; depth < 500; depth += 1) nested = { inner: nested };
      pushPair(doc, 'reportTexts', 'summary', { id: 'summary', text: nested });
    },
  },
  {
    name: 'an oversized estimate',
    refusal: 'estimate h1 fails its schema: point',
    write: (doc) => pushPair(doc, 'estimates', 'h1', { id: 'h1', point: 'Leading'.repeat(100) }),
  },
  {
    name: 'deeply nested estimate',
    refusal: 'estimate h1 fails its schema: point',
    write: (doc) => {
      let nested: unknown = 'Leading';
      for (let depth = 0; depth < 500; depth += 1) nested = { inner: nested };
      pushPair(doc, 'estimates', 'h1', { id: 'h1', point: nested });
    },
  },
  {
    name: 'a blank estimate',
    refusal: 'estimate h1 fails its schema: point',
    write: (doc) => pushPair(doc, 'estimates', 'h1', { id: 'h1', point: ' \u200B ' }),
  },
];
