import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import * as Y from 'yjs';
import { PostgresStorage } from '../src/storage/postgresStorage';
import { SqliteStorage } from '../src/storage/sqliteStorage';
import type { Storage } from '../src/storage/storage';
import { applyStoredDoc } from '../src/storage/storedDoc';
import { startPostgres, type PostgresServer } from './support/postgresServer';

let postgres: PostgresServer;
const sqliteDir = mkdtempSync(path.join(tmpdir(), 'washup-storage-'));
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

const adapters: Array<[string, () => Storage]> = [
  ['SQLite', () => new SqliteStorage(path.join(sqliteDir, `${Math.random()}.sqlite`))],
  ['PostgreSQL', () => new PostgresStorage(postgres.url)],
];

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const capture = (update: Uint8Array) => (captured = update);
  doc.on('update', capture);
  doc.getText('t').insert(doc.getText('t').length, text);
  doc.off('update', capture);
  return captured!;
}

function board(id: string) {
  return { id, title: 'Board', templateId: 'custom', createdAt: 1_700_000_000_000, keyVersion: 1 };
}

describe.each(adapters)('%s storage', (_name, open) => {
  it('appends, loads in order, compacts, and reloads the same document', async () => {
    const storage = open();
    const docName = `doc-${Math.random()}`;
    const source = new Y.Doc();
    const updates = ['a', 'b', 'c', 'd', 'e'].map((letter) => textUpdate(source, letter));
    const seqs = await storage.appendUpdates(updates.slice(0, 3).map((update) => ({ docName, update })));
    await storage.appendUpdates(updates.slice(3).map((update) => ({ docName, update })));

    const loaded = await storage.loadDoc(docName);
    expect(loaded.snapshot).toBeNull();
    expect(loaded.updates).toHaveLength(5);
    const replay = new Y.Doc();
    loaded.updates.forEach((update) => Y.applyUpdate(replay, update));
    expect(replay.getText('t').toString()).toBe('abcde');

    await storage.compactDoc(docName, seqs.get(docName)!, Y.encodeStateAsUpdate(replay));
    expect(await storage.countUpdates(docName)).toBe(2);
    const compacted = await storage.loadDoc(docName);
    const reloaded = new Y.Doc();
    expect(compacted.snapshot?.format).toBe(1);
    applyStoredDoc(reloaded, compacted);
    expect(reloaded.getText('t').toString()).toBe('abcde');
    expect(await storage.storedBytes()).toBeGreaterThan(0);
    await storage.close();
  });

  it('loads a doc whole while its rows are being compacted', async () => {
    // A room can load a doc while the previous room's compaction of it commits (a client that
    // rejoins just after the board unloaded). The load must see the snapshot and the rows from
    // one moment: an older snapshot with newer rows would lose the rows between them.
    const storage = open();
    const docName = `doc-${Math.random()}`;
    const source = new Y.Doc();
    let tornLoads = 0;
    let loads = 0;
    for (let round = 0, deadline = Date.now() + 5000; round < 200 && Date.now() < deadline; round++) {
      const seqs = await storage.appendUpdates([{ docName, update: textUpdate(source, `${round},`) }]);
      const expected = source.getText('t').toString();
      let compacted = false;
      const compaction = storage.compactDoc(docName, seqs.get(docName)!, Y.encodeStateAsUpdate(source)).then(() => (compacted = true));
      while (!compacted) {
        const loaded = new Y.Doc();
        applyStoredDoc(loaded, await storage.loadDoc(docName));
        loads += 1;
        if (loaded.getText('t').toString() !== expected) tornLoads += 1;
        // The compaction's answer from the writer thread is a macrotask: let it in.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await compaction;
    }
    expect(loads).toBeGreaterThan(200);
    expect(tornLoads).toBe(0);
    await storage.close();
  });

  it('keeps boards, participants and ballots, and deletes a board with everything it owns', async () => {
    const storage = open();
    const id = `board${Math.floor(Math.random() * 1e9)}`;
    const other = `${id}x`;
    await storage.createBoard(board(id));
    await storage.createBoard(board(other));
    expect(await storage.getBoard(id)).toEqual(board(id));
    await storage.setKeyVersion(id, 2);
    expect((await storage.getBoard(id))?.keyVersion).toBe(2);
    expect(await storage.inviteVersions(id)).toEqual({});
    expect(await storage.replaceRoleInvite(id, 'reviewer')).toBe(1);
    expect(await storage.replaceRoleInvite(id, 'reviewer')).toBe(2);
    expect(await storage.replaceRoleInvite(id, 'host')).toBe(1);
    expect(await storage.inviteVersions(id)).toEqual({ reviewer: 2, host: 1 });
    expect(await storage.inviteVersions(other)).toEqual({});

    await storage.addParticipant({ id: 'p1', boardId: id, name: 'Ann', role: 'reviewer', joinedAt: 1 });
    await storage.addParticipant({ id: 'p2', boardId: id, name: 'Bo', role: 'host', joinedAt: 2 });
    expect(await storage.removeParticipant(id, 'p2')).toBe(true);
    expect(await storage.removeParticipant(id, 'nobody')).toBe(false);
    expect((await storage.listParticipants(id)).map((p) => [p.name, p.removed])).toEqual([
      ['Ann', false],
      ['Bo', true],
    ]);

    await storage.putBallot({ boardId: id, roundId: 'r1', voterId: 'p1', ballot: { a: 1 }, castAt: 5 });
    await storage.putBallot({ boardId: id, roundId: 'r1', voterId: 'p1', ballot: { b: 2 }, castAt: 6 });
    expect((await storage.listBallots(id, 'r1')).map((b) => b.ballot)).toEqual([{ b: 2 }]);

    const update = textUpdate(new Y.Doc(), 'x');
    await storage.appendUpdates([
      { docName: id, update },
      { docName: `${id}/session`, update },
      { docName: other, update },
    ]);
    await storage.deleteBoard(id);
    expect(await storage.getBoard(id)).toBeNull();
    expect(await storage.inviteVersions(id)).toEqual({});
    expect(await storage.listParticipants(id)).toEqual([]);
    expect(await storage.listBallots(id, 'r1')).toEqual([]);
    expect((await storage.loadDoc(id)).updates).toHaveLength(0);
    expect((await storage.loadDoc(`${id}/session`)).updates).toHaveLength(0);
    expect((await storage.loadDoc(other)).updates).toHaveLength(1);
    await storage.close();
  });

  it('keeps one join code a role, replaces it with the link, refuses a code another link holds, and deletes codes with the board', async () => {
    const storage = open();
    const id = `board${Math.floor(Math.random() * 1e9)}`;
    const other = `${id}x`;
    await storage.createBoard(board(id));
    await storage.createBoard(board(other));
    const code = (suffix: string) => `${id}`.slice(-4).toUpperCase().padStart(4, '0') + suffix;
    expect(await storage.putJoinCode({ code: code('AAAA'), boardId: id, role: 'reviewer', invite: 'token-1' })).toBe(true);
    expect(await storage.findJoinCode(code('AAAA'))).toEqual({ code: code('AAAA'), boardId: id, role: 'reviewer', invite: 'token-1' });
    // Another link may not take a code in use; nothing changes.
    expect(await storage.putJoinCode({ code: code('AAAA'), boardId: other, role: 'host', invite: 'token-x' })).toBe(false);
    expect(await storage.findJoinCode(code('AAAA'))).toMatchObject({ boardId: id, invite: 'token-1' });
    // Replacing the role's link replaces its code: the old one no longer resolves.
    expect(await storage.putJoinCode({ code: code('BBBB'), boardId: id, role: 'reviewer', invite: 'token-2' })).toBe(true);
    expect(await storage.findJoinCode(code('AAAA'))).toBeNull();
    expect(await storage.findJoinCode(code('BBBB'))).toMatchObject({ role: 'reviewer', invite: 'token-2' });
    await storage.deleteBoard(id);
    expect(await storage.findJoinCode(code('BBBB'))).toBeNull();
    await storage.close();
  });

  it('stores no snapshot of a board deleted after its compaction was asked for', async () => {
    const storage = open();
    const id = `board${Math.floor(Math.random() * 1e9)}`;
    await storage.createBoard(board(id));
    const doc = new Y.Doc();
    const seq = await storage.appendUpdates([{ docName: id, update: textUpdate(doc, 'secret') }]);
    await storage.deleteBoard(id);
    await storage.compactDoc(id, seq.get(id)!, Y.encodeStateAsUpdate(doc));
    expect(await storage.loadDoc(id)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    await storage.close();
  });

  it("keeps a board's restore points apart from its doc's compaction, and deletes them with the board", async () => {
    const storage = open();
    const id = `board${Math.floor(Math.random() * 1e9)}`;
    const other = `${id}x`;
    await storage.createBoard(board(id));
    await storage.createBoard(board(other));
    const point = (pointId: string, takenAt: number, boardId = id) => ({
      id: pointId,
      boardId,
      takenAt,
      participantId: takenAt === 1 ? null : 'p1',
      details: { reason: 'activity', takenAt },
      state: new Uint8Array([takenAt, 1, 2, 3]),
    });
    await storage.addRestorePoint(point('a', 1));
    await storage.addRestorePoint(point('b', 2));
    await storage.addRestorePoint(point('c', 3));
    await storage.addRestorePoint(point('z', 4, other));
    const listed = await storage.listRestorePoints(id);
    expect(listed).toEqual(['a', 'b', 'c'].map((pointId, index) => {
      const { state, ...entry } = point(pointId, index + 1);
      return { ...entry, bytes: state.byteLength };
    }));
    expect(await storage.restorePointState(id, 'b')).toEqual(new Uint8Array([2, 1, 2, 3]));
    expect(await storage.restorePointState(id, 'z')).toBeNull();

    const doc = new Y.Doc();
    const seq = await storage.appendUpdates([{ docName: id, update: textUpdate(doc, 'x') }]);
    await storage.compactDoc(id, seq.get(id)!, Y.encodeStateAsUpdate(doc));
    expect((await storage.listRestorePoints(id)).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);

    await storage.deleteRestorePoints(id, ['a', 'c', 'z']);
    expect((await storage.listRestorePoints(id)).map((entry) => entry.id)).toEqual(['b']);
    expect((await storage.listRestorePoints(other)).map((entry) => entry.id)).toEqual(['z']);
    await storage.deleteBoard(id);
    expect(await storage.listRestorePoints(id)).toEqual([]);
    expect(await storage.restorePointState(id, 'b')).toBeNull();
    expect((await storage.listRestorePoints(other)).map((entry) => entry.id)).toEqual(['z']);
    await storage.close();
  });
});

describe('a snapshot an older relay stored (a V2 update, before its format was recorded)', () => {
  /** Reads the older snapshot, then compacts it with a new row into a V1 snapshot; a format nobody wrote fails the load. */
  async function readAndCompact(storage: Storage, docName: string, doc: Y.Doc, setFormat: (format: number) => Promise<void>): Promise<void> {
    const loaded = await storage.loadDoc(docName);
    expect(loaded.snapshot?.format).toBe(2);
    const replay = new Y.Doc();
    applyStoredDoc(replay, loaded);
    expect(replay.getText('t').toString()).toBe('ab');

    const seqs = await storage.appendUpdates([{ docName, update: textUpdate(doc, 'c') }]);
    await storage.compactDoc(docName, seqs.get(docName)!, Y.encodeStateAsUpdate(doc));
    const compacted = await storage.loadDoc(docName);
    expect(compacted.snapshot?.format).toBe(1);
    expect(compacted.updates).toEqual([]);
    const reloaded = new Y.Doc();
    applyStoredDoc(reloaded, compacted);
    expect(reloaded.getText('t').toString()).toBe('abc');

    await setFormat(7);
    await expect(storage.loadDoc(docName)).rejects.toThrow(/update format 7, which this relay does not read/);
  }

  function twoLetters(): Y.Doc {
    const doc = new Y.Doc();
    textUpdate(doc, 'a');
    textUpdate(doc, 'b');
    return doc;
  }

  it('SQLite', async () => {
    const file = path.join(sqliteDir, `older-${Math.random()}.sqlite`);
    await new SqliteStorage(file).close();
    const doc = twoLetters();
    const older = new Database(file);
    older.exec('ALTER TABLE doc_snapshots DROP COLUMN update_format');
    older.prepare('INSERT INTO doc_snapshots (doc_name, snapshot, upto_seq) VALUES (?, ?, 0)').run('older', Y.encodeStateAsUpdateV2(doc));
    older.close();

    const storage = new SqliteStorage(file);
    const raw = new Database(file);
    try {
      await readAndCompact(storage, 'older', doc, async (format) => {
        raw.prepare('UPDATE doc_snapshots SET update_format = ? WHERE doc_name = ?').run(format, 'older');
      });
    } finally {
      raw.close();
      await storage.close();
    }
  });

  it('PostgreSQL', async () => {
    const docName = `older-${Math.random()}`;
    const raw = new pg.Client({ connectionString: postgres.url });
    await raw.connect();
    const migrated = new PostgresStorage(postgres.url);
    await migrated.loadDoc(docName);
    await migrated.close();
    const doc = twoLetters();
    await raw.query('ALTER TABLE doc_snapshots DROP COLUMN update_format');
    await raw.query('INSERT INTO doc_snapshots (doc_name, snapshot) VALUES ($1, $2)', [docName, Buffer.from(Y.encodeStateAsUpdateV2(doc))]);

    const storage = new PostgresStorage(postgres.url);
    try {
      await readAndCompact(storage, docName, doc, async (format) => {
        await raw.query('UPDATE doc_snapshots SET update_format = $1 WHERE doc_name = $2', [format, docName]);
      });
    } finally {
      await raw.end();
      await storage.close();
    }
  });
});
