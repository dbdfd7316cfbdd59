/**
 * What the relay's record check (server/src/sync/updateGuard.ts) costs per update on a board of
 * 5,000 cards, beside applying the same update: each of 2,000 single-card edits, made by a client
 * as the app makes them, is checked and then applied to the relay's doc; beside them, reading every
 * record through its schema once, the cost a whole-document check would pay per update. Also every
 * check a reviewer's update passes before it is applied (Room.applyClientUpdate: the records, card
 * removals, the restore point's count of removals), reading the update decoded once, and the same
 * checks decoding it each for itself, as they did before 6 December 2026.
 *
 *   node --import tsx tests/load/recordGuard.bench.ts [cards=5000] [edits=2000]
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addCard, boardDocOf, boardDocRules, editCard, type Card } from '@washup/shared/board';
import type { DecodedUpdate } from '../../server/src/sync/decodedUpdate';
import { refuseInvalidRecords } from '../../server/src/sync/updateGuard';
import { recordsRemovedBy, refuseCardRemovalsByOthers } from '../../server/src/sync/updateRemovals';
import { seededRandom } from './board';

const cardCount = Number(process.argv[2] ?? 5000);
const editCount = Number(process.argv[3] ?? 2000);

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

const client = new Y.Doc();
const board = boardDocOf(client);
const random = seededRandom(7);
const cards: Card[] = [];
for (let i = 0; i < cardCount; i++) {
  cards.push(
    addCard(board, {
      observation: `Observation ${i}: pupils explained their reasoning`,
      activity: 'lesson visit',
      keyQuestionIds: [],
      valence: 'strength',
      counterEvidence: false,
      authorId: `r${i % 12}`,
      authorName: `Reviewer ${i % 12}`,
      capturedAt: 1_760_000_000_000 + i,
    }),
  );
}
// The relay's doc: the same board, loaded from the client's state, with no BoardDoc reading it.
const relay = new Y.Doc({ gc: true });
Y.applyUpdate(relay, Y.encodeStateAsUpdate(client));

const updates: Uint8Array[] = [];
client.on('update', (update: Uint8Array) => updates.push(update));
const reviewer = { role: 'reviewer', participantId: 'r1' } as const;
/** Every check before applying a reviewer's update, each reading what `decoded` gives it. */
function admit(decoded: () => DecodedUpdate): void {
  refuseInvalidRecords(relay, decoded(), boardDocRules);
  refuseCardRemovalsByOthers(relay, decoded(), reviewer);
  recordsRemovedBy(relay, decoded());
}
const timed = (run: () => void): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const decodeMs: number[] = [];
const checkMs: number[] = [];
const admitOnceMs: number[] = [];
const admitEachMs: number[] = [];
const applyMs: number[] = [];
for (let i = 0; i < editCount; i++) {
  const card = cards[Math.floor(random() * cards.length)];
  if (!card) continue;
  updates.length = 0;
  editCard(board, card.id, { observation: `Edited ${i}: ${card.observation}` });
  for (const update of updates) {
    decodeMs.push(timed(() => Y.decodeUpdate(update)));
    const decoded = Y.decodeUpdate(update);
    // Alternating which goes first, so neither always finds the caches warm (the first pass over an update pays for them).
    const once = () => admitOnceMs.push(timed(() => admit(() => decoded)));
    const each = () => admitEachMs.push(timed(() => admit(() => Y.decodeUpdate(update))));
    if (i % 2 === 0) {
      once();
      each();
    } else {
      each();
      once();
    }
    checkMs.push(timed(() => refuseInvalidRecords(relay, decoded, boardDocRules)));
    applyMs.push(timed(() => Y.applyUpdate(relay, update)));
  }
}

// The alternative the check avoids: every record of the board read through its schema, per update.
const wholeBoardMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(relay));
  wholeBoardMs.push(timed(() => boardDocOf(copy).unreadable()));
}

const row = (name: string, samples: readonly number[]) =>
  `| ${name} | ${percentile(samples, 0.5).toFixed(3)} | ${percentile(samples, 0.99).toFixed(3)} | ${Math.max(...samples).toFixed(3)} |`;
console.log(`Record check on a board of ${cardCount} cards, ${checkMs.length} single-card edits (Node ${process.version})`);
console.log('| Step | p50 (ms) | p99 (ms) | max (ms) |');
console.log('|---|---:|---:|---:|');
console.log(row('Y.decodeUpdate of the update', decodeMs));
console.log(row('refuseInvalidRecords of the decoded update (schema of the touched record)', checkMs));
console.log(row("every check before applying a reviewer's update, decoded once", admitOnceMs));
console.log(row('the same checks, each decoding the update (before 6 Dec 2026)', admitEachMs));
console.log(row('Y.applyUpdate of the same update', applyMs));
console.log(row('every record through its schema (the O(board) alternative, 5 runs)', wholeBoardMs));
