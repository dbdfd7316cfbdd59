/**
 * What restore points cost on a board of 2,000 cards (varied text, placed in lanes): the bytes one
 * point takes in storage (beside the raw state and the doc's own stored bytes), how long the relay
 * takes to store the point it takes before a wipe of every card, and how long the Lead Reviewer's
 * preview and whole-board restore take through the real routes on a real relay (SQLite, full
 * fsync), until every card is back on a connected device; and what the relay's check of each
 * update for removed records adds to a single-card edit.
 *
 *   node --import tsx tests/load/restorePoints.ts [cards=2000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { CreateBoardResponse, JoinResponse, RestorePointsResponse } from '@washup/shared/api';
import { addCard, boardDocOf, boardView, editCard, type CardTarget } from '@washup/shared/board';
import { buildRelay } from '../../server/src/app';
import { configSchema } from '../../server/src/config';
import { packState } from '../../server/src/restorePoints/pointState';
import { recordsRemovedBy } from '../../server/src/sync/updateRemovals';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { seededRandom } from './board';

const cardCount = Number(process.argv[2] ?? 2000);
const words = 'pupils teachers reading phonics maths lesson explained reasoning partner feedback curriculum sequence behaviour calm routines leaders governors inclusion support adapted questions vocabulary books writing oracy assessment knowledge recall retrieval practice challenge depth subject leaders trips clubs attendance'.split(' ');

async function call<T>(base: string, method: string, route: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(base + route, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const cardsIn = (doc: Y.Doc) => boardDocOf(doc).count('cards');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const dir = mkdtempSync(path.join(tmpdir(), 'washup-restore-points-'));
const config = configSchema.parse({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent' });
const relay = await buildRelay({ ...config, CLIENT_DIST: path.join(dir, 'no-client') });
try {
  await relay.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(relay.app.server.address() as AddressInfo).port}`;
  const board = await call<CreateBoardResponse>(base, 'POST', '/api/boards', null, { title: 'Load', templateId: 'qa-review' });
  const joinAs = (role: 'facilitator' | 'reviewer', name: string) => call<JoinResponse>(base, 'POST', `/api/boards/${board.id}/join`, board.invites[role].token, { name });
  const lead = await joinAs('facilitator', 'Lead');
  const reviewer = await joinAs('reviewer', 'Rae');
  const connect = (person: JoinResponse) => new RawSyncClient(`ws://127.0.0.1:${(relay.app.server.address() as AddressInfo).port}/sync/${board.id}`, person.token, { protocols: [person.token] });

  const writer = connect(reviewer);
  await writer.synced;
  const writing = boardDocOf(writer.doc);
  const headingIds = boardView(writing).headings.map((entry) => entry.heading.id);
  const random = seededRandom(15);
  const sentence = (length: number) => Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
  writing.transact(() => {
    for (let i = 0; i < cardCount; i++) {
      const target: CardTarget = i % 10 === 0 ? { kind: 'inbox' } : { kind: 'lane', headingId: headingIds[i % headingIds.length]!, lane: i % 2 === 0 ? 'strengths' : 'nextSteps' };
      addCard(
        writing,
        {
          observation: `${sentence(12 + Math.floor(random() * 30))}.`,
          interpretation: random() < 0.5 ? sentence(10 + Math.floor(random() * 20)) : undefined,
          activity: 'lesson visit',
          keyQuestionIds: [],
          valence: i % 2 === 0 ? 'strength' : 'nextStep',
          counterEvidence: false,
          // Rae wipes them below: a reviewer may remove only cards they wrote.
          authorId: reviewer.participantId,
          authorName: reviewer.name,
          capturedAt: 1_790_000_000_000 + i,
        },
        target,
      );
    }
  });
  await writer.requestAck().acked;

  const watcher = connect(lead);
  await watcher.synced;
  await until(() => cardsIn(watcher.doc) === cardCount, 'the Lead to hold every card');

  const rawState = Y.encodeStateAsUpdateV2(writer.doc);
  let started = performance.now();
  const encoded = Y.encodeStateAsUpdateV2(writer.doc);
  const encodeMs = performance.now() - started;
  started = performance.now();
  const packed = await packState(encoded);
  const packMs = performance.now() - started;

  // The removal check on single-card edits, as the relay runs it before applying each one.
  const editSamples: number[] = [];
  const relayCopy = new Y.Doc();
  Y.applyUpdate(relayCopy, Y.encodeStateAsUpdate(writer.doc));
  const editor = new Y.Doc();
  Y.applyUpdate(editor, Y.encodeStateAsUpdate(writer.doc));
  const editorBoard = boardDocOf(editor);
  const editable = editorBoard.list('cards').slice(0, 500);
  for (const card of editable) {
    const vector = Y.encodeStateVector(editor);
    editCard(editorBoard, card.id, { observation: `${card.observation} (checked)` });
    const edit = Y.encodeStateAsUpdate(editor, vector);
    const checkStarted = performance.now();
    recordsRemovedBy(relayCopy, Y.decodeUpdate(edit));
    editSamples.push(performance.now() - checkStarted);
    Y.applyUpdate(relayCopy, edit);
  }
  editSamples.sort((a, b) => a - b);
  const median = editSamples[Math.floor(editSamples.length / 2)] ?? Number.NaN;
  const p99 = editSamples[Math.floor(editSamples.length * 0.99)] ?? Number.NaN;

  const cards = writer.doc.getArray('cards');
  const wipeStarted = performance.now();
  writer.doc.transact(() => cards.delete(0, cards.length));
  await writer.requestAck().acked;
  const wipeAckedMs = performance.now() - wipeStarted;
  const points = () => call<RestorePointsResponse>(base, 'GET', `/api/boards/${board.id}/restore-points`, lead.token);
  let beforeWipe: RestorePointsResponse['points'][number] | undefined;
  await until(async () => {
    beforeWipe = (await points()).points.find((point) => point.reason === 'bulkRemoval');
    return beforeWipe !== undefined;
  }, 'the point before the wipe');
  const pointStoredMs = performance.now() - wipeStarted;
  await until(() => cardsIn(watcher.doc) === 0, 'the wipe to reach the Lead');

  started = performance.now();
  await call(base, 'GET', `/api/boards/${board.id}/restore-points/${beforeWipe!.id}`, lead.token);
  const previewMs = performance.now() - started;

  started = performance.now();
  await call(base, 'POST', `/api/boards/${board.id}/restore-points/${beforeWipe!.id}/restore`, lead.token, { confirmed: true });
  const restoreDurableMs = performance.now() - started;
  await until(() => cardsIn(watcher.doc) === cardCount, 'every card back on the Lead device');
  const restoreSeenMs = performance.now() - started;

  const stored = await relay.storage.listRestorePoints(board.id);
  const docBytes = await relay.storage.storedBytes();
  console.log(`# Restore points on a board of ${cardCount} cards\n`);
  console.log('| Figure | Value |\n|---|---|');
  console.log(`| Board doc state (V2 update, raw) | ${kb(rawState.byteLength)} |`);
  console.log(`| One restore point as stored (deflated) | ${kb(beforeWipe!.bytes)} (pack in script: ${kb(packed.byteLength)}) |`);
  console.log(`| Encode the state / deflate it | ${ms(encodeMs)} / ${ms(packMs)} |`);
  console.log(`| All docs' stored bytes after the restore (log + snapshots) | ${kb(docBytes)} |`);
  console.log(`| Points stored for the board / their bytes | ${stored.length} / ${kb(stored.reduce((sum, point) => sum + point.bytes, 0))} |`);
  console.log(`| Bound: 268 points × one point | ${kb(268 * beforeWipe!.bytes)} |`);
  console.log(`| Wipe of every card acknowledged as durable | ${ms(wipeAckedMs)} |`);
  console.log(`| Point before the wipe listed (from the wipe sent) | ${ms(pointStoredMs)} |`);
  console.log(`| Preview of the point (GET, all ${cardCount} cards that come back) | ${ms(previewMs)} |`);
  console.log(`| Whole-board restore, durable (POST answered) | ${ms(restoreDurableMs)} |`);
  console.log(`| Whole-board restore, every card on a connected device | ${ms(restoreSeenMs)} |`);
  console.log(`| Removal check per single-card edit (${editSamples.length} edits): median / p99 | ${median.toFixed(3)} ms / ${p99.toFixed(3)} ms |`);
  writer.close();
  watcher.close();
} finally {
  await relay.app.close();
  rmSync(dir, { recursive: true, force: true });
}
