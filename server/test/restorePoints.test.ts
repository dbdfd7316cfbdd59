import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JoinResponse, RestoreBoardResponse, RestorePointPreview, RestorePointsResponse } from '@washup/shared/api';
import { addCard, boardDocOf, editCard } from '@washup/shared/board';
import { cardInput } from '../../shared/test/board/support/boards';
import { defaultRestorePointPolicy, isBulkRemoval, pointsBeyondPolicy } from '../src/restorePoints/restorePointPolicy';
import { recordsRemovedBy } from '../src/sync/updateRemovals';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, createBoard, join, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

/** A client as the app connects: the token as the WebSocket subprotocol. */
function connect(relay: TestRelay, boardId: string, person: JoinResponse): RawSyncClient {
  return new RawSyncClient(`${relay.wsUrl}/${boardId}`, person.token, { protocols: [person.token] });
}

function cardIds(doc: Y.Doc): string[] {
  return boardDocOf(doc)
    .list('cards')
    .map((card) => card.id)
    .sort();
}

function team(relay: TestRelay) {
  return boardWithTeam(relay, {
    lead: ['facilitator', 'Lead'],
    rae: ['reviewer', 'Rae'],
    sam: ['reviewer', 'Sam'],
    host: ['host', 'Hana'],
    observer: ['observer', 'Olu'],
  });
}

/** Cards by `author`, from their own socket: a reviewer may delete only cards they wrote (the Lead Reviewer any). */
async function addCards(client: RawSyncClient, author: JoinResponse, count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i++) addCard(boardDocOf(client.doc), cardInput({ observation: `${prefix} ${i}`, authorId: author.participantId, authorName: author.name }));
  await client.requestAck().acked;
}

/** Rae writes `count` cards from her own socket and hangs up; resolves with the board's first restore point. */
async function cardsWrittenByRae(relay: TestRelay, boardId: string, rae: JoinResponse, count: number): Promise<string> {
  const writer = connect(relay, boardId, rae);
  await writer.synced;
  await addCards(writer, rae, count, 'Card');
  writer.close();
  await writer.closed;
  return firstPointId(relay, boardId);
}

/** Deletes every card the way a hostile client could: one raw Yjs deletion of the whole array, past BoardDoc (cards of their own: the relay refuses a reviewer's removal of anyone else's, see cardDeletion.test.ts). */
async function wipeCards(client: RawSyncClient): Promise<void> {
  const cards = client.doc.getArray('cards');
  client.doc.transact(() => cards.delete(0, cards.length));
  await client.requestAck().acked;
}

const pointsRoute = (boardId: string) => `/api/boards/${boardId}/restore-points`;

async function compacted(relay: TestRelay, docName: string, belowRows: number): Promise<void> {
  const started = Date.now();
  while ((await relay.storage.countUpdates(docName)) >= belowRows) {
    if (Date.now() - started > 5000) throw new Error(`${docName} was not compacted`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A point for activity is stored beside the update, not before its ack: wait until the board has one. */
async function firstPointId(relay: TestRelay, boardId: string): Promise<string> {
  const started = Date.now();
  while (Date.now() - started < 5000) {
    const [first] = await relay.storage.listRestorePoints(boardId);
    if (first) return first.id;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no restore point was stored');
}

describe('restore points', () => {
  it("brings back every card a reviewer's raw update deleted, on a connected device and on one offline during both the deletion and the restore", async () => {
    // Compaction every few rows, so it runs many times over the points.
    const relay = await startTestRelay({ COMPACT_AFTER_UPDATES: 4 });
    const { board, lead, rae, sam } = await team(relay);
    const writer = connect(relay, board.id, rae);
    await writer.synced;
    for (let i = 0; i < 6; i++) await addCards(writer, rae, 5, `Evidence ${i}`);
    const original = cardIds(writer.doc);
    expect(original).toHaveLength(30);

    // Sam's device syncs everything, then goes offline with the pre-deletion state in hand.
    const offline = connect(relay, board.id, sam);
    await offline.synced;
    await waitFor(() => cardIds(offline.doc).length === 30, 5000, 'the offline device to hold every card');
    const offlineState = Y.encodeStateAsUpdate(offline.doc);
    offline.close();
    await offline.closed;

    const watcher = connect(relay, board.id, lead);
    await watcher.synced;
    await waitFor(() => cardIds(watcher.doc).length === 30);

    await wipeCards(writer);
    // The wipe is acknowledged as saved only once the point before it is stored too.
    const storedAtAck = await relay.storage.listRestorePoints(board.id);
    expect(storedAtAck.some((point) => (point.details as { reason?: unknown }).reason === 'bulkRemoval')).toBe(true);
    await waitFor(() => cardIds(watcher.doc).length === 0, 5000, 'the wipe to reach the Lead');
    // Work after the wipe, which a restore to the point before it takes away again.
    await addCards(writer, rae, 5, 'After the wipe');
    await waitFor(() => cardIds(watcher.doc).length === 5);
    // Compaction ran after the point (every 4 rows): the log holds less than the 5 updates since the wipe.
    await compacted(relay, board.id, 4);

    const listed = await api<RestorePointsResponse>(relay.url, 'GET', pointsRoute(board.id), { token: lead.token });
    expect(listed.status).toBe(200);
    const beforeWipe = listed.body.points.find((point) => point.reason === 'bulkRemoval');
    expect(beforeWipe).toMatchObject({ by: { participantId: rae.participantId, name: 'Rae', role: 'reviewer' }, removing: { cards: 30 }, holds: { cards: 30 } });
    expect(listed.body.points.some((point) => point.reason === 'activity' && point.by?.name === 'Rae')).toBe(true);
    const pointId = beforeWipe!.id;

    const preview = await api<RestorePointPreview>(relay.url, 'GET', `${pointsRoute(board.id)}/${pointId}`, { token: lead.token });
    expect(preview.status).toBe(200);
    expect(preview.body.counts.cards).toEqual({ added: 30, changed: 0, removed: 5 });
    expect(preview.body.comeBack.map((entry) => entry.record.id).sort()).toEqual(original);
    expect(preview.body.remove.every((entry) => entry.collection === 'cards' && entry.record.id && !original.includes(entry.record.id))).toBe(true);

    // One card first, then the whole board.
    const one = { collection: 'cards', id: original[0] };
    expect((await api(relay.url, 'POST', `${pointsRoute(board.id)}/${pointId}/records`, { token: lead.token, body: one })).status).toBe(200);
    await waitFor(() => cardIds(watcher.doc).includes(original[0]!), 5000, 'the one card to come back');
    expect((await api(relay.url, 'POST', `${pointsRoute(board.id)}/${pointId}/records`, { token: lead.token, body: one })).status).toBe(409);

    const restored = await api<RestoreBoardResponse>(relay.url, 'POST', `${pointsRoute(board.id)}/${pointId}/restore`, {
      token: lead.token,
      body: { confirmed: true },
    });
    expect(restored.status).toBe(200);
    expect(restored.body.counts.cards).toEqual({ added: 29, changed: 0, removed: 5 });
    await waitFor(() => cardIds(watcher.doc).join() === original.join(), 5000, 'every card back on the connected device');
    await waitFor(() => cardIds(writer.doc).join() === original.join(), 5000, "every card back on the wiper's device");

    // The device offline throughout comes back holding its pre-deletion copy and ends with every card once.
    const returning = connect(relay, board.id, sam);
    Y.applyUpdate(returning.doc, offlineState);
    await returning.synced;
    await waitFor(() => cardIds(returning.doc).join() === original.join(), 5000, 'every card on the returning device');
    await returning.requestAck().acked;
    expect(boardDocOf(returning.doc).list('cards')).toHaveLength(30);
    expect(cardIds(watcher.doc)).toEqual(original);

    // The restore itself left a point to undo it by, and compaction kept every point.
    const after = await api<RestorePointsResponse>(relay.url, 'GET', pointsRoute(board.id), { token: lead.token });
    expect(after.body.points[0]).toMatchObject({ id: restored.body.beforeRestorePointId, reason: 'beforeRestore', by: { name: 'Lead' } });
    expect(after.body.points.map((point) => point.id)).toEqual(expect.arrayContaining(listed.body.points.map((point) => point.id)));
    writer.close();
    watcher.close();
    returning.close();
  });

  it('shows and restores to the Lead Reviewer only', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae, host, observer } = await team(relay);
    const pointId = await cardsWrittenByRae(relay, board.id, rae, 3);
    expect((await api(relay.url, 'GET', pointsRoute(board.id), { token: lead.token })).status).toBe(200);
    for (const person of [rae, host, observer]) {
      expect((await api(relay.url, 'GET', pointsRoute(board.id), { token: person.token })).status).toBe(403);
      expect((await api(relay.url, 'GET', `${pointsRoute(board.id)}/${pointId}`, { token: person.token })).status).toBe(403);
      const restore = await api(relay.url, 'POST', `${pointsRoute(board.id)}/${pointId}/restore`, { token: person.token, body: { confirmed: true } });
      expect(restore.status).toBe(403);
      const record = await api(relay.url, 'POST', `${pointsRoute(board.id)}/${pointId}/records`, { token: person.token, body: { collection: 'cards', id: 'abc' } });
      expect(record.status).toBe(403);
    }
    // No token at all is not someone to refuse but someone unknown.
    expect((await api(relay.url, 'GET', pointsRoute(board.id))).status).toBe(401);
  });

  it('answers garbage, oversized, deeply nested input and unknown points with a 4xx', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae } = await team(relay);
    const pointId = await cardsWrittenByRae(relay, board.id, rae, 2);
    const restore = `${pointsRoute(board.id)}/${pointId}/restore`;
    const records = `${pointsRoute(board.id)}/${pointId}/records`;
    const nested = `${'{"confirmed":'.repeat(5_000)}true${'}'.repeat(5_000)}`;
    const bodies: Array<[string, string, number]> = [
      [restore, '{}', 400],
      [restore, '{"confirmed": ', 400],
      [restore, JSON.stringify({ confirmed: 'yes' }), 400],
      [restore, JSON.stringify({ confirmed: true, extra: 1 }), 400],
      [restore, nested, 400],
      [restore, '"confirmed"', 400],
      [records, JSON.stringify({ collection: 'pupils', id: 'abc' }), 400],
      [records, JSON.stringify({ collection: 'cards', id: '../../etc' }), 400],
      [records, JSON.stringify({ collection: 'cards', id: 'x'.repeat(41) }), 400],
      [records, nested, 400],
      [records, JSON.stringify({ collection: 'cards', id: 'abc', padding: 'x'.repeat(2 * 1024 * 1024) }), 413],
    ];
    for (const [route, body, expected] of bodies) {
      const response = await fetch(relay.url + route, {
        method: 'POST',
        headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/json' },
        body,
      });
      expect(response.status, `${route} ${body.slice(0, 60)}`).toBe(expected);
      expect(await response.text()).not.toMatch(/at .*\.ts/);
    }
    for (const unknown of ['nopointhere', 'x'.repeat(41), '%2e%2e']) {
      const preview = await api(relay.url, 'GET', `${pointsRoute(board.id)}/${unknown}`, { token: lead.token });
      expect([400, 404]).toContain(preview.status);
      const wholesale = await api(relay.url, 'POST', `${pointsRoute(board.id)}/${unknown}/restore`, { token: lead.token, body: { confirmed: true } });
      expect([400, 404]).toContain(wholesale.status);
    }
    expect((await api(relay.url, 'GET', `${pointsRoute(board.id)}/nopointhere`, { token: lead.token })).status).toBe(404);
    expect((await api(relay.url, 'POST', records, { token: lead.token, body: { collection: 'cards', id: 'notinthepoint' } })).status).toBe(404);
    // Another board's point is no point of this board.
    const other = await createBoard(relay.url);
    const otherLead = await join(relay.url, other, 'facilitator', 'Other');
    expect((await api(relay.url, 'GET', `${pointsRoute(other.id)}/${pointId}`, { token: otherLead.token })).status).toBe(404);
  });

  it('are deleted with their board', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae } = await team(relay);
    await cardsWrittenByRae(relay, board.id, rae, 2);
    expect((await api(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token })).status).toBe(204);
    expect(await relay.storage.listRestorePoints(board.id)).toHaveLength(0);
  });
});

describe('the restore-point policy', () => {
  const policy = defaultRestorePointPolicy;
  const sizes = (size: number) => () => size;

  it('takes a point before ten removals, or a fifth of a collection from three up, never for one or two', () => {
    expect(isBulkRemoval(policy, new Map([['cards', 10]]), sizes(2000))).toBe(true);
    expect(isBulkRemoval(policy, new Map([['cards', 6], ['themes', 4]]), sizes(2000))).toBe(true);
    expect(isBulkRemoval(policy, new Map([['cards', 9]]), sizes(2000))).toBe(false);
    expect(isBulkRemoval(policy, new Map([['cards', 3]]), sizes(15))).toBe(true);
    expect(isBulkRemoval(policy, new Map([['cards', 2]]), sizes(2))).toBe(false);
    expect(isBulkRemoval(policy, new Map(), sizes(0))).toBe(false);
  });

  it('keeps the newest hundred and the newest of each hour for a week', () => {
    const now = Date.UTC(2026, 11, 4, 12);
    const minute = 60_000;
    // One point a minute for ten days: 14,400 points.
    const points = Array.from({ length: 14_400 }, (_, i) => ({ id: `p${i}`, takenAt: now - (14_400 - 1 - i) * minute }));
    const dropped = new Set(pointsBeyondPolicy(policy, points, now));
    const kept = points.filter((point) => !dropped.has(point.id));
    expect(kept.length).toBeLessThanOrEqual(100 + 7 * 24 + 1);
    expect(kept.slice(-100)).toEqual(points.slice(-100));
    expect(kept.every((point) => now - point.takenAt <= 7 * 24 * 60 * minute)).toBe(true);
    expect(pointsBeyondPolicy(policy, points.slice(-5), now)).toEqual([]);
  });
});

describe('the records an update removes', () => {
  function boardWithCards(count: number) {
    const doc = new Y.Doc();
    const board = boardDocOf(doc);
    const cards = Array.from({ length: count }, (_, i) => addCard(board, cardInput({ observation: `Card ${i}` })));
    return { doc, board, cards };
  }

  it('counts deleted records, not edits or moves that rewrite them, nor a resend of what is gone already', () => {
    const { doc, cards } = boardWithCards(12);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const vector = Y.encodeStateVector(copy);
    copy.transact(() => copy.getArray('cards').delete(0, 12));
    const wipe = Y.encodeStateAsUpdate(copy, vector);
    expect(recordsRemovedBy(doc, Y.decodeUpdate(wipe))).toEqual(new Map([['cards', 12]]));

    const edits = new Y.Doc();
    Y.applyUpdate(edits, Y.encodeStateAsUpdate(doc));
    const editVector = Y.encodeStateVector(edits);
    for (const card of cards) editCard(boardDocOf(edits), card.id, { observation: `${card.observation} (edited)` });
    expect(recordsRemovedBy(doc, Y.decodeUpdate(Y.encodeStateAsUpdate(edits, editVector)))).toEqual(new Map());

    Y.applyUpdate(doc, wipe);
    expect(recordsRemovedBy(doc, Y.decodeUpdate(Y.encodeStateAsUpdate(copy)))).toEqual(new Map());
  });
});
