import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { ApiError } from '@washup/shared/api';
import { addCard, boardDocOf, createThemeFromCards, docName } from '@washup/shared/board';
import { closeCode, messageType } from '@washup/shared/sync';
import { cardInput } from '../../shared/test/board/support/boards';
import { hostileWrites } from '../../shared/test/board/support/hostileRecords';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, createBoard, join, relayPerTest, storedBoardDoc, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

async function boardWithWriters(relay: TestRelay) {
  const board = await createBoard(relay.url);
  const lead = await join(relay.url, board, 'facilitator', 'Lead');
  const reviewer = await join(relay.url, board, 'reviewer', 'Rae');
  const url = `${relay.wsUrl}/${board.id}`;
  return { board, lead, reviewer, url };
}

function sendUpdate(client: RawSyncClient, update: Uint8Array): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  client.send(encoding.toUint8Array(encoder));
}


describe('the relay refuses a board update holding a record that fails its schema', () => {
  for (const hostile of hostileWrites) {
    it(`refuses ${hostile.name}: closes with a reason, applies, stores and sends nothing`, async () => {
      const relay = await startTestRelay();
      const { board, reviewer, url } = await boardWithWriters(relay);
      const bystander = new RawSyncClient(url, reviewer.token);
      const attacker = new RawSyncClient(url, reviewer.token);
      await Promise.all([bystander.synced, attacker.synced]);
      const arraysBefore = await storedBoardDoc(relay, board.id);

      hostile.write(attacker.doc);
      const closed = await attacker.closed;
      expect(closed.code).toBe(closeCode.policyViolation);
      expect(closed.reason).toContain(`refused: ${hostile.refusal}`);

      // The bystander's own write is acknowledged after anything fanned out before it.
      addCard(boardDocOf(bystander.doc), cardInput({ observation: 'Still here' }));
      await bystander.requestAck().acked;
      const live = await relay.rooms.withRoom({ boardId: board.id, kind: 'board' }, (room) => boardDocOf(room.doc).unreadable());
      expect(live).toEqual([]);
      expect(boardDocOf(bystander.doc).unreadable()).toEqual([]);
      const stored = boardDocOf(await storedBoardDoc(relay, board.id));
      expect(stored.unreadable()).toEqual([]);
      expect(stored.list('cards').map((card) => card.observation)).toEqual(['Still here']);
      expect(stored.meta).toEqual(boardDocOf(arraysBefore).meta);
      bystander.close();
    });
  }

  it('refuses a nested shared type among the records or as the settings, and deleting the settings', async () => {
    const relay = await startTestRelay();
    const { reviewer, url } = await boardWithWriters(relay);
    const writes: Array<[string, (doc: Y.Doc) => void]> = [
      ['a nested shared type where a board keeps plain records', (doc) => doc.getArray('cards').push([new Y.Map()])],
      ['a nested shared type where a board keeps plain records', (doc) => doc.getMap('meta').set('board', new Y.Map())],
      ["only the relay may replace or delete the board's settings", (doc) => doc.getMap('meta').delete('board')],
      [
        "only the relay may replace or delete the board's settings",
        (doc) => doc.getMap('meta').set('board', { title: 'Taken over', templateId: 'custom', createdAt: 1, lanes: { strengths: 'A', nextSteps: 'B' } }),
      ],
    ];
    for (const [reason, write] of writes) {
      const client = new RawSyncClient(url, reviewer.token);
      await client.synced;
      write(client.doc);
      expect((await client.closed).reason).toContain(reason);
    }
    // Where no reader looks, the relay stays a plain Yjs relay.
    const other = new RawSyncClient(url, reviewer.token);
    await other.synced;
    other.doc.getArray('elsewhere').push([1]);
    other.doc.getMap('meta').set('other', new Y.Map());
    await other.requestAck().acked;
    other.close();
  });

  it('accepts a long offline run of records, and a write waiting for a neighbour only when it is a record', async () => {
    const relay = await startTestRelay();
    const { board, reviewer, url } = await boardWithWriters(relay);
    const client = new RawSyncClient(url, reviewer.token);
    await client.synced;
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(client.doc));
    const synced = Y.encodeStateVector(offline);
    for (let i = 0; i < 300; i++) addCard(boardDocOf(offline), cardInput({ observation: `Offline ${i}` }));
    sendUpdate(client, Y.encodeStateAsUpdate(offline, synced));
    await client.requestAck().acked;

    // The relay never gets the card before these, so Yjs parks them until it comes.
    addCard(boardDocOf(offline), cardInput({ observation: 'Missing neighbour' }));
    const withNeighbour = Y.encodeStateVector(offline);
    addCard(boardDocOf(offline), cardInput({ observation: 'Parked' }));
    sendUpdate(client, Y.encodeStateAsUpdate(offline, withNeighbour));
    await client.requestAck().acked;
    const afterParked = Y.encodeStateVector(offline);
    offline.getArray('cards').push([{ key: 'x', val: 'not a card' }]);
    sendUpdate(client, Y.encodeStateAsUpdate(offline, afterParked));
    expect((await client.closed).reason).toContain('waiting for a missing neighbour');
    const stored = boardDocOf(await storedBoardDoc(relay, board.id));
    expect(stored.count('cards')).toBe(300);
    expect(stored.doc.store.pendingStructs).not.toBeNull();
  });
});

describe('a board stored with a bad record before the relay checked', () => {
  it('still gives its report and opens a vote, skipping the record and saying so', async () => {
    const relay = await startTestRelay();
    const { board, lead } = await boardWithWriters(relay);
    await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to unload');
    const name = docName({ boardId: board.id, kind: 'board' });
    const doc = await storedBoardDoc(relay, board.id);
    const before = Y.encodeStateVector(doc);
    const heading = boardDocOf(doc).list('headings')[0]!;
    const lane = { kind: 'lane', headingId: heading.id, lane: 'strengths' } as const;
    const first = addCard(boardDocOf(doc), cardInput({ observation: 'Readable evidence' }), lane);
    const second = addCard(boardDocOf(doc), cardInput({ observation: 'More readable evidence' }), lane);
    createThemeFromCards(boardDocOf(doc), second.id, first.id, { title: 'Readable theme' });
    for (const hostile of hostileWrites) hostile.write(doc);
    await relay.storage.appendUpdates([{ docName: name, update: Y.encodeStateAsUpdate(doc, before) }]);

    const markdown = await fetch(`${relay.url}/api/boards/${board.id}/report.md`, { headers: { authorization: `Bearer ${lead.token}` } });
    expect(markdown.status).toBe(200);
    const text = await markdown.text();
    expect(text).toMatch(/could not be read and are left out of this report/);
    expect(text).toContain('Untitled board');
    expect(text).toContain('Readable theme');
    const docx = await fetch(`${relay.url}/api/boards/${board.id}/report.docx`, { headers: { authorization: `Bearer ${lead.token}` } });
    expect(docx.status).toBe(200);
    const opened = await api<ApiError>(relay.url, 'POST', `/api/boards/${board.id}/commands`, {
      token: lead.token,
      body: { type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['strengths'] } },
    });
    expect(opened.status).toBe(200);
  });
});
