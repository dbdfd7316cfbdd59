import { readFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CreateBoardResponse, JoinResponse } from '@washup/shared/api';
import { addCard, BoardDoc, boardDocOf, docName } from '@washup/shared/board';
import { closeCode, messageType } from '@washup/shared/sync';
import { cardInput } from '../../shared/test/board/support/boards';
import { sqliteFiles } from '../src/storage/sqliteFiles';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { startPostgres, type PostgresServer } from './support/postgresServer';
import { startRedis, type RedisServer } from './support/redisServer';
import { api, boardWithTeam, join, relayPerTest, startRelay, storedDoc, type TestRelay } from './support/relay';
import { upgradeRefusal } from './support/upgradeRefusal';
import pg from 'pg';

const startTestRelay = relayPerTest();

function privateUrl(relay: TestRelay, boardId: string, participantId: string): string {
  return `${relay.wsUrl}/${docName({ boardId, kind: 'private', participantId })}`;
}

/** A client as the app connects: the token as the WebSocket subprotocol. */
function connect(url: string, token: string): RawSyncClient {
  return new RawSyncClient(url, token, { protocols: [token] });
}

function sendUpdate(client: RawSyncClient, update: Uint8Array): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  client.send(encoding.toUint8Array(encoder));
}


function occurrences(bytes: Uint8Array, text: string): number {
  const haystack = Buffer.from(bytes);
  const needle = Buffer.from(text, 'utf8');
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
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

function learning(author: JoinResponse, observation: string) {
  return cardInput({ observation, privateLearning: true, authorId: author.participantId, authorName: author.name });
}

describe('a private doc', () => {
  it("round-trips a reviewer's learning through their own private doc, and nowhere else", async () => {
    const relay = await startTestRelay();
    const { board, rae } = await team(relay);
    const writer = connect(privateUrl(relay, board.id, rae.participantId), rae.token);
    await writer.synced;
    addCard(boardDocOf(writer.doc), learning(rae, 'Rae takes home the reading routine'));
    await writer.requestAck().acked;
    writer.close();

    const reader = connect(privateUrl(relay, board.id, rae.participantId), rae.token);
    await reader.synced;
    expect(boardDocOf(reader.doc).list('cards').map((card) => card.observation)).toEqual(['Rae takes home the reading routine']);
    reader.close();
    const stored = boardDocOf(await storedDoc(relay, docName({ boardId: board.id, kind: 'private', participantId: rae.participantId })));
    expect(stored.list('cards')).toHaveLength(1);
    expect(boardDocOf(await storedDoc(relay, board.id)).list('cards')).toEqual([]);
  });

  it("refuses before the upgrade every token but its own participant's editing one, and counts it", async () => {
    const relay = await startTestRelay();
    const { board, lead, rae, sam, host, observer } = await team(relay);
    const raeDoc = privateUrl(relay, board.id, rae.participantId);
    await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to unload');
    const refusals: Array<[string, string, string, string]> = [
      ['a host participant token', host.token, privateUrl(relay, board.id, host.participantId), 'private_doc_role'],
      ['an observer participant token', observer.token, privateUrl(relay, board.id, observer.participantId), 'private_doc_role'],
      ['an invite token', board.invites.reviewer.token, raeDoc, 'private_doc_needs_participant'],
      ["another reviewer's token", sam.token, raeDoc, 'private_doc_not_yours'],
      ["the Lead Reviewer's token", lead.token, raeDoc, 'private_doc_not_yours'],
      ['a forged participant id', rae.token, privateUrl(relay, board.id, 'AAAAAAAAAAAAAAAA'), 'private_doc_not_yours'],
    ];
    for (const [what, token, url, code] of refusals) {
      const refusal = await upgradeRefusal(url, token);
      expect(refusal, what).toMatchObject({ status: 403 });
      expect((JSON.parse(refusal?.body ?? '{}') as { error: { code: string } }).error.code, what).toBe(code);
    }
    expect(await upgradeRefusal(`${relay.wsUrl}/${board.id}/private/not-an-id`, rae.token)).toMatchObject({ status: 404 });
    expect(await upgradeRefusal(`${relay.wsUrl}/${board.id}/private/${rae.participantId}/more`, rae.token)).toMatchObject({ status: 404 });
    expect(relay.metrics.connectionsRefused.get('private_doc_role')).toBe(2);
    expect(relay.metrics.connectionsRefused.get('private_doc_not_yours')).toBe(3);
    expect(relay.metrics.connectionsRefused.get('private_doc_needs_participant')).toBe(1);
    expect(relay.rooms.loadedRooms).toBe(0);
    // The owner's own token (as a query parameter too) opens it.
    expect(await upgradeRefusal(raeDoc, rae.token)).toBeNull();
  });

  it('refuses a shared card, another author\'s card, a placed card and anything but cards; the relay lives on', async () => {
    const relay = await startTestRelay();
    const { board, rae, sam } = await team(relay);
    const url = privateUrl(relay, board.id, rae.participantId);
    const writes: Array<[string, (doc: Y.Doc) => void]> = [
      ['this card is shared', (doc) => void addCard(new BoardDoc(doc), cardInput({ authorId: rae.participantId }))],
      ["own participant's cards only", (doc) => void addCard(new BoardDoc(doc), learning(sam, 'Sam wrote this'))],
      ['no place on the board', (doc) => doc.getArray('cards').push([{ key: 'placed', val: { ...learning(rae, 'Placed'), id: 'placed', placement: { headingId: 'h1', lane: 'strengths', order: 'a0' } } }])],
      ['reviewer-learning cards only', (doc) => doc.getArray('themes').push([{ key: 't', val: { id: 't', headingId: 'h1', lane: 'strengths', title: 'T', summary: '', order: 'a0' } }])],
      ['no board settings', (doc) => doc.getMap('meta').set('board', { title: 'Mine', templateId: 'custom', createdAt: 1, lanes: { strengths: 'A', nextSteps: 'B' } })],
      ['reviewer-learning cards only', (doc) => doc.getArray('elsewhere').push(['free text'])],
      ['fails its schema', (doc) => doc.getArray('cards').push([{ key: 'deep', val: { ...learning(rae, 'Deep'), id: 'deep', interpretation: nested(3000) } }])],
    ];
    for (const [refusal, write] of writes) {
      const attacker = connect(url, rae.token);
      await attacker.synced;
      write(attacker.doc);
      const closed = await attacker.closed;
      expect(closed.code, refusal).toBe(closeCode.policyViolation);
      expect(closed.reason, refusal).toContain(refusal);
    }
    for (const frame of [Uint8Array.from([messageType.sync, 2, 200, 1, 2, 3, 250, 250, 250]), new Uint8Array(8 * 1024 * 1024 + 1)]) {
      const attacker = connect(url, rae.token);
      await attacker.synced;
      attacker.send(frame);
      const closed = await attacker.closed;
      expect([closeCode.policyViolation, closeCode.messageTooBig]).toContain(closed.code);
    }
    const garbage = connect(url, rae.token);
    await garbage.synced;
    sendUpdate(garbage, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect((await garbage.closed).reason).toMatch(/does not decode|malformed/);

    const owner = connect(url, rae.token);
    await owner.synced;
    addCard(boardDocOf(owner.doc), learning(rae, 'Still mine'));
    await owner.requestAck().acked;
    const stored = boardDocOf(await storedDoc(relay, docName({ boardId: board.id, kind: 'private', participantId: rae.participantId })));
    expect(stored.list('cards').map((card) => card.observation)).toEqual(['Still mine']);
    expect(stored.unreadable()).toEqual([]);
    owner.close();
  });

  it('the board doc refuses a reviewer-learning card: closed with a reason, nothing stored', async () => {
    const relay = await startTestRelay();
    const { board, rae } = await team(relay);
    const writer = connect(`${relay.wsUrl}/${board.id}`, rae.token);
    await writer.synced;
    addCard(boardDocOf(writer.doc), learning(rae, 'Not for the host'));
    const closed = await writer.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toContain("belongs in its author's private doc");
    const stored = await storedDoc(relay, board.id);
    expect(boardDocOf(stored).list('cards')).toEqual([]);
    expect(occurrences(Y.encodeStateAsUpdate(stored), 'Not for the host')).toBe(0);
  });

  it('loads a private doc whose stored records break its rules, and serves its owner', async () => {
    const relay = await startTestRelay();
    const { board, rae, sam } = await team(relay);
    const name = docName({ boardId: board.id, kind: 'private', participantId: rae.participantId });
    const stored = new BoardDoc(new Y.Doc());
    addCard(stored, cardInput({ observation: 'A shared card where it should not be', authorId: rae.participantId }));
    addCard(stored, learning(sam, "Sam's card where it should not be"));
    addCard(stored, learning(rae, 'Rae wrote this'));
    stored.doc.getArray('cards').push([null]);
    await relay.storage.appendUpdates([{ docName: name, update: Y.encodeStateAsUpdate(stored.doc) }]);

    const owner = connect(privateUrl(relay, board.id, rae.participantId), rae.token);
    await owner.synced;
    expect(boardDocOf(owner.doc).count('cards')).toBe(3);
    addCard(boardDocOf(owner.doc), learning(rae, 'Rae writes more'));
    await owner.requestAck().acked;
    expect(boardDocOf(await storedDoc(relay, name)).count('cards')).toBe(4);
    owner.close();
  });

  it("is deleted with its board, and kept when its participant is removed", async () => {
    const relay = await startTestRelay();
    const { board, lead, rae } = await team(relay);
    const name = docName({ boardId: board.id, kind: 'private', participantId: rae.participantId });
    const writer = connect(privateUrl(relay, board.id, rae.participantId), rae.token);
    await writer.synced;
    addCard(boardDocOf(writer.doc), learning(rae, 'Kept for Rae'));
    await writer.requestAck().acked;

    const removed = await api(relay.url, 'DELETE', `/api/boards/${board.id}/participants/${rae.participantId}`, { token: lead.token });
    expect(removed.status).toBe(200);
    expect((await writer.closed).code).toBe(closeCode.participantRemoved);
    expect(boardDocOf(await storedDoc(relay, name)).count('cards')).toBe(1);
    // Removed, they can no longer open it.
    expect(await upgradeRefusal(privateUrl(relay, board.id, rae.participantId), rae.token)).toMatchObject({ status: 403 });

    expect((await api(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token })).status).toBeLessThan(300);
    const after = await relay.storage.loadDoc(name);
    expect(after).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
  });
});

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** The old shape: reviewer learning written straight into the board doc's storage, as boards stored before private docs hold it. */
async function storeOldPrivateLearning(relay: TestRelay, board: CreateBoardResponse, cards: ReturnType<typeof learning>[]): Promise<void> {
  await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to unload');
  const old = new BoardDoc(new Y.Doc());
  for (const card of cards) addCard(old, card);
  await relay.storage.appendUpdates([{ docName: board.id, update: Y.encodeStateAsUpdate(old.doc) }]);
}

/** Loads the board (a host connects), watching every frame the host receives. */
async function hostSees(relay: TestRelay, board: CreateBoardResponse, host: JoinResponse): Promise<{ client: RawSyncClient; frames: Buffer[] }> {
  const frames: Buffer[] = [];
  const client = connect(`${relay.wsUrl}/${board.id}`, host.token);
  client.socket.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
  await client.synced;
  return { client, frames };
}

const secrets = ['Rae secret about Mr Jones', 'Rae second secret', 'Sam secret about Year 6'];

async function migratedBoard(relay: TestRelay) {
  const people = await team(relay);
  const { board, rae, sam, lead } = people;
  const shared = connect(`${relay.wsUrl}/${board.id}`, lead.token);
  await shared.synced;
  addCard(boardDocOf(shared.doc), cardInput({ observation: 'Shared evidence stays', authorId: lead.participantId }));
  await shared.requestAck().acked;
  shared.close();
  await storeOldPrivateLearning(relay, board, [learning(rae, secrets[0]!), learning(rae, secrets[1]!), learning(sam, secrets[2]!)]);
  const before = await storedDoc(relay, board.id);
  expect(boardDocOf(before).list('cards').filter((card) => card.privateLearning)).toHaveLength(3);
  const host = await hostSees(relay, board, people.host);
  return { ...people, hostView: host };
}

async function expectMoved(relay: TestRelay, boardId: string, rae: JoinResponse, sam: JoinResponse, hostView: { client: RawSyncClient; frames: Buffer[] }) {
  // The host's device never received the text.
  expect(boardDocOf(hostView.client.doc).list('cards').map((card) => card.observation)).toEqual(['Shared evidence stays']);
  for (const secret of secrets) expect(hostView.frames.reduce((sum, frame) => sum + occurrences(frame, secret), 0), secret).toBe(0);
  // The board doc holds none, and each author's private doc holds theirs.
  const board = boardDocOf(await storedDoc(relay, boardId));
  expect(board.list('cards').map((card) => card.observation)).toEqual(['Shared evidence stays']);
  const privateOf = async (who: JoinResponse) => {
    const client = connect(privateUrl(relay, boardId, who.participantId), who.token);
    await client.synced;
    const observations = boardDocOf(client.doc).list('cards').map((card) => card.observation).sort();
    client.close();
    return observations;
  };
  expect(await privateOf(rae)).toEqual([secrets[0], secrets[1]].sort());
  expect(await privateOf(sam)).toEqual([secrets[2]]);
}

describe('a board stored with reviewer learning in its board doc', () => {
  it('moves it to the private docs on load, and no byte of the SQLite files still holds it outside them', async () => {
    const relay = await startTestRelay();
    const { board, rae, sam, hostView } = await migratedBoard(relay);
    await expectMoved(relay, board.id, rae, sam, hostView);
    hostView.client.close();

    const files = sqliteFiles(relay.dataDir);
    const raw = Buffer.concat([files.database, files.wal].filter((file) => existsSync(file)).map((file) => readFileSync(file)));
    // The search works: shared text is in the file.
    expect(occurrences(raw, 'Shared evidence stays')).toBeGreaterThan(0);
    for (const secret of secrets) {
      const author = secret.startsWith('Rae') ? rae : sam;
      const privateRows = await relay.storage.loadDoc(docName({ boardId: board.id, kind: 'private', participantId: author.participantId }));
      const inPrivateRows = [privateRows.snapshot?.update, ...privateRows.updates].reduce((sum, row) => sum + (row ? occurrences(row, secret) : 0), 0);
      expect(inPrivateRows, secret).toBeGreaterThan(0);
      // Every copy of the text left in the files is the author's private doc; none is the board doc's.
      expect(occurrences(raw, secret), secret).toBe(inPrivateRows);
      const boardRows = await relay.storage.loadDoc(board.id);
      for (const row of [boardRows.snapshot?.update, ...boardRows.updates]) if (row) expect(occurrences(row, secret), secret).toBe(0);
    }
  });

  it('moves nothing twice and loses nothing when the board loads again', async () => {
    const relay = await startTestRelay();
    const { board, rae, sam, hostView } = await migratedBoard(relay);
    hostView.client.close();
    await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to unload');
    const again = await hostSees(relay, board, (await join(relay.url, board, 'host', 'Hal')));
    await expectMoved(relay, board.id, rae, sam, again);
    again.client.close();
  });
});

describe('the move on PostgreSQL', () => {
  let postgres: PostgresServer;
  let redis: RedisServer;
  const secret = 'pRiVaTeDoCsTeStSeCrEt_0123456789abcdefghijklmnopqrstuvwxyz-ABCDEF';
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  it('loses no card when two relays load the old board at once', async () => {
    const options = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, WASHUP_SECRET: secret };
    const first = await startRelay(options);
    const second = await startRelay(options);
    try {
      const { board, rae, sam, host, observer } = await team(first);
      await storeOldPrivateLearning(first, board, [learning(rae, secrets[0]!), learning(rae, secrets[1]!), learning(sam, secrets[2]!)]);
      await waitFor(() => second.rooms.loadedRooms === 0, 5000, 'the board to unload on the second relay');
      const [onFirst, onSecond] = await Promise.all([hostSees(first, board, host), hostSees(second, board, observer)]);
      for (const [relay, view] of [[first, onFirst], [second, onSecond]] as const) {
        expect(boardDocOf(view.client.doc).list('cards')).toEqual([]);
        for (const text of secrets) expect(view.frames.reduce((sum, frame) => sum + occurrences(frame, text), 0)).toBe(0);
        view.client.close();
        for (const [who, mine] of [[rae, [secrets[0], secrets[1]]], [sam, [secrets[2]]]] as const) {
          const client = connect(privateUrl(relay, board.id, who.participantId), who.token);
          await client.synced;
          expect(boardDocOf(client.doc).list('cards').map((card) => card.observation).sort()).toEqual([...mine].sort());
          client.close();
        }
      }
      expect(boardDocOf(await storedDoc(first, board.id)).list('cards')).toEqual([]);
    } finally {
      await first.stop();
      await second.stop();
    }
  }, 60_000);

  it("leaves no row of the board doc holding the text, only the authors' private docs", async () => {
    const relay = await startRelay({ DATABASE_URL: postgres.url, WASHUP_SECRET: secret });
    try {
      const { board, rae, sam, hostView } = await migratedBoard(relay);
      await expectMoved(relay, board.id, rae, sam, hostView);
      hostView.client.close();
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      try {
        for (const text of secrets) {
          const { rows } = await client.query<{ doc_name: string }>(
            `SELECT doc_name FROM doc_updates WHERE position(convert_to($1, 'UTF8') IN data) > 0 AND left(doc_name, 22) = $2
             UNION ALL SELECT doc_name FROM doc_snapshots WHERE position(convert_to($1, 'UTF8') IN snapshot) > 0 AND left(doc_name, 22) = $2`,
            [text, board.id],
          );
          const author = text.startsWith('Rae') ? rae : sam;
          expect(rows.length, text).toBeGreaterThan(0);
          expect(new Set(rows.map((row) => row.doc_name)), text).toEqual(new Set([docName({ boardId: board.id, kind: 'private', participantId: author.participantId })]));
        }
      } finally {
        await client.end();
      }
    } finally {
      await relay.stop();
    }
  }, 60_000);
});

