import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import * as Y from 'yjs';

/**
 * Board content as the benchmark writes it: evidence cards stored whole in a Y.Array of
 * `{ key, val }` entries, written the way the board doc's record arrays (shared/src/board/recordArray.ts)
 * write them — delete the card's current entry and push the new one, in one transaction.
 */

export interface BenchCard {
  id: string;
  observation: string;
  activity: string;
  stakeholder: string;
  site: string;
  keyQuestionIds: string[];
  valence: 'strength' | 'nextStep' | 'neutral' | 'question';
  authorId: string;
  authorName: string;
  capturedAt: number;
  placement: { headingId: string; lane: string; order: string } | null;
  counterEvidence: boolean;
  /** Send time of this version, in ms since the epoch with sub-ms precision (0: not timed). */
  t: number;
  /** How many times the card has been written. */
  version: number;
}

export interface CardEntry {
  key: string;
  val: BenchCard;
}

export const cardsArrayName = 'cards';
export const benchMapName = 'bench';
export const loadedMarkerKey = 'loaded';

/** Wall time with sub-millisecond precision, comparable between processes on one machine. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

const words = (
  'pupils teachers reading writing maths feedback lesson behaviour curriculum assessment leaders governors ' +
  'attendance phonics vocabulary questioning modelling practice support inclusion send disadvantaged trips ' +
  'library books workbooks marking planning sequencing retrieval oracy wellbeing culture routines transition'
).split(' ');
// Values from Washup's card schema: its relay refuses a card that fails it.
const activities = ['lesson visit', 'work scrutiny', 'climate walk', 'interview', 'focus group', 'meeting observed'];
const stakeholders = ['pupils', 'teachers', 'leaders', 'governors/trustees', 'parents', 'support staff'];
const valences: BenchCard['valence'][] = ['strength', 'nextStep', 'neutral', 'question'];

/** A small deterministic generator, so every server receives the same bytes. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(words, random));
  return out.join(' ');
}

export function makeCard(id: string, author: string, random: () => number, version: number, t: number): BenchCard {
  const placed = random() < 0.7;
  return {
    id,
    observation: sentence(random, 14 + Math.floor(random() * 12)),
    activity: pick(activities, random),
    stakeholder: pick(stakeholders, random),
    site: `site-${Math.floor(random() * 4)}`,
    keyQuestionIds: [`kq-${Math.floor(random() * 4)}`],
    valence: pick(valences, random),
    authorId: author,
    authorName: `Reviewer ${author}`,
    capturedAt: 1_760_000_000_000 + Math.floor(random() * 1e8),
    placement: placed ? { headingId: `h-${Math.floor(random() * 6)}`, lane: random() < 0.5 ? 'strengths' : 'nextSteps', order: `a${Math.floor(random() * 1e6).toString(36)}` } : null,
    counterEvidence: random() < 0.1,
    t,
    version,
  };
}

/** Writes a card as YKeyValue.set does: drop its current entry, append the new one. */
export function writeCard(doc: Y.Doc, card: BenchCard): void {
  const cards = doc.getArray<CardEntry>(cardsArrayName);
  doc.transact(() => {
    let index = 0;
    for (const entry of cards) {
      if (entry.key === card.id) {
        cards.delete(index, 1);
        break;
      }
      index++;
    }
    cards.push([{ key: card.id, val: card }]);
  });
}

export function isCardEntry(value: unknown): value is CardEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as { key?: unknown; val?: unknown };
  return typeof entry.key === 'string' && typeof entry.val === 'object' && entry.val !== null;
}

/**
 * The history of one large board, generated offline: `cards` cards created, then edits of random
 * cards, then a marker, `updates` updates in all, each its own transaction (one sync message).
 */
export function generateHistory(cardCount: number, updateCount: number, seed = 42): { clientId: number; updates: Uint8Array[] } {
  const random = seededRandom(seed);
  const doc = new Y.Doc({ gc: true });
  doc.clientID = 4242;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const cards = doc.getArray<CardEntry>(cardsArrayName);
  const order: string[] = [];
  const versions = new Map<string, number>();
  for (let i = 0; i < cardCount; i++) {
    const id = `card-${i}`;
    const card = makeCard(id, `r${i % 12}`, random, 1, 0);
    cards.push([{ key: id, val: card }]);
    order.push(id);
    versions.set(id, 1);
  }
  const edits = Math.max(0, updateCount - cardCount - 1);
  for (let i = 0; i < edits; i++) {
    const id = `card-${Math.floor(random() * cardCount)}`;
    const version = (versions.get(id) ?? 0) + 1;
    versions.set(id, version);
    const card = makeCard(id, `r${i % 12}`, random, version, 0);
    // The same operations as writeCard, with the position tracked here instead of scanned.
    const position = order.indexOf(id);
    doc.transact(() => {
      cards.delete(position, 1);
      cards.push([{ key: id, val: card }]);
    });
    order.splice(position, 1);
    order.push(id);
  }
  doc.getMap(benchMapName).set(loadedMarkerKey, updateCount);
  doc.destroy();
  return { clientId: doc.clientID, updates };
}

/** File format: clientId u32, count u32, then for each update its length u32 and bytes. */
export function writeHistoryFile(file: string, history: { clientId: number; updates: Uint8Array[] }): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    const header = Buffer.alloc(8);
    header.writeUInt32LE(history.clientId, 0);
    header.writeUInt32LE(history.updates.length, 4);
    writeSync(fd, header);
    const chunk: Buffer[] = [];
    let chunkBytes = 0;
    const flush = (): void => {
      if (chunk.length) writeSync(fd, Buffer.concat(chunk));
      chunk.length = 0;
      chunkBytes = 0;
    };
    for (const update of history.updates) {
      const length = Buffer.alloc(4);
      length.writeUInt32LE(update.byteLength, 0);
      chunk.push(length, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
      chunkBytes += 4 + update.byteLength;
      bytes += update.byteLength;
      if (chunkBytes > 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

export function readHistoryFile(file: string): { clientId: number; updates: Uint8Array[] } {
  const data = readFileSync(file);
  const clientId = data.readUInt32LE(0);
  const count = data.readUInt32LE(4);
  const updates: Uint8Array[] = [];
  let offset = 8;
  for (let i = 0; i < count; i++) {
    const length = data.readUInt32LE(offset);
    offset += 4;
    updates.push(new Uint8Array(data.buffer, data.byteOffset + offset, length));
    offset += length;
  }
  return { clientId, updates };
}
