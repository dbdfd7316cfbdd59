import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStorage } from '../src/storage/postgresStorage';
import { SqliteStorage } from '../src/storage/sqliteStorage';
import type { Storage } from '../src/storage/storage';
import { startPostgres, type PostgresServer } from './support/postgresServer';

let postgres: PostgresServer;
const sqliteDir = mkdtempSync(path.join(tmpdir(), 'washup-assets-'));
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

const board = (id: string) => ({ id, title: 'Board', templateId: 'custom', createdAt: 1_700_000_000_000, keyVersion: 1 });
const picture = (boardId: string, id: string, bytes: number[]) => ({ boardId, id, contentType: 'image/png', bytes: Uint8Array.from(bytes), createdAt: 1 });
const quota = 1024;
const hash = (character: string) => character.repeat(64);
const newBoardId = () => `board${Math.floor(Math.random() * 1e9)}`;

describe.each(adapters)('%s storage of pictures', (_name, open) => {
  it("keeps a board's pictures apart from another board's, keeps the first of one id, and deletes them with the board", async () => {
    const storage = open();
    const id = `board${Math.floor(Math.random() * 1e9)}`;
    const other = `${id}x`;
    await storage.createBoard(board(id));
    await storage.createBoard(board(other));
    await storage.putAsset(picture(id, 'a'.repeat(64), [1, 2, 3]), quota);
    await storage.putAsset(picture(id, 'a'.repeat(64), [9]), quota);
    await storage.putAsset(picture(other, 'b'.repeat(64), [4]), quota);

    expect(await storage.getAsset(id, 'a'.repeat(64))).toEqual({ contentType: 'image/png', bytes: Uint8Array.from([1, 2, 3]) });
    expect(await storage.getAsset(id, 'b'.repeat(64))).toBeNull();
    await storage.deleteBoard(id);
    expect(await storage.getAsset(id, 'a'.repeat(64))).toBeNull();
    expect(await storage.getAsset(other, 'b'.repeat(64))).not.toBeNull();
    await storage.close();
  });

  it("refuses a picture that would take the board's pictures past the quota, counting only that board, never a picture it already has", async () => {
    const storage = open();
    const id = newBoardId();
    const other = `${id}x`;
    await storage.createBoard(board(id));
    await storage.createBoard(board(other));
    expect(await storage.putAsset(picture(other, hash('f'), Array.from({ length: 9 }, () => 1)), 10)).toEqual({ stored: true });
    expect(await storage.putAsset(picture(id, hash('a'), Array.from({ length: 6 }, () => 1)), 10)).toEqual({ stored: true });
    expect(await storage.putAsset(picture(id, hash('b'), Array.from({ length: 5 }, () => 2)), 10)).toEqual({ stored: false, boardBytes: 6 });
    expect(await storage.getAsset(id, hash('b'))).toBeNull();
    expect(await storage.putAsset(picture(id, hash('c'), Array.from({ length: 4 }, () => 3)), 10)).toEqual({ stored: true });
    // The board is full, yet the same bytes again (a retry, a picture put back) are not refused.
    expect(await storage.putAsset(picture(id, hash('a'), Array.from({ length: 6 }, () => 1)), 10)).toEqual({ stored: true });
    expect((await storage.listAssets(id)).map((asset) => [asset.id, asset.bytes])).toEqual([
      [hash('a'), 6],
      [hash('c'), 4],
    ]);
    await storage.close();
  });

  it('lets only one of two uploads at once pass a quota both would pass alone', async () => {
    const storage = open();
    const id = newBoardId();
    await storage.createBoard(board(id));
    const results = await Promise.all([storage.putAsset(picture(id, hash('a'), [1, 1, 1]), 4), storage.putAsset(picture(id, hash('b'), [2, 2, 2]), 4)]);
    expect(results.filter((result) => result.stored)).toHaveLength(1);
    expect(await storage.listAssets(id)).toHaveLength(1);
    await storage.close();
  });

  it('marks unused pictures once, clears the mark of used ones and of one uploaded again, and deletes only pictures marked by then', async () => {
    const storage = open();
    const id = newBoardId();
    await storage.createBoard(board(id));
    for (const name of ['a', 'b', 'c']) await storage.putAsset(picture(id, hash(name), [name.charCodeAt(0)]), quota);
    const marks = async () => Object.fromEntries((await storage.listAssets(id)).map((asset) => [asset.id[0], asset.unusedSince]));
    expect(await marks()).toEqual({ a: null, b: null, c: null });

    await storage.markUnusedAssets(id, [hash('a'), hash('b')], 100);
    await storage.markUnusedAssets(id, [hash('a'), hash('b'), hash('c')], 200);
    expect(await marks()).toEqual({ a: 100, b: 100, c: 200 });
    await storage.markUnusedAssets(id, [hash('a'), hash('c')], 300);
    expect(await marks()).toEqual({ a: 100, b: null, c: 200 });
    await storage.putAsset(picture(id, hash('c'), [99]), quota);
    expect(await marks()).toEqual({ a: 100, b: null, c: null });

    expect(await storage.deleteUnusedAssets(id, [hash('a'), hash('b'), hash('c')], 99)).toEqual([]);
    expect(await storage.deleteUnusedAssets(id, [hash('a'), hash('b'), hash('c')], 150)).toEqual([hash('a')]);
    expect((await storage.listAssets(id)).map((asset) => asset.id)).toEqual([hash('b'), hash('c')]);
    expect(await storage.deleteUnusedAssets(id, [], 1e15)).toEqual([]);
    await storage.close();
  });

  it('lists the boards that have pictures a page at a time', async () => {
    const storage = open();
    const prefix = newBoardId();
    const ids = ['a', 'b', 'c'].map((letter) => `${prefix}${letter}`);
    for (const id of [...ids, `${prefix}none`]) await storage.createBoard(board(id));
    for (const id of ids) await storage.putAsset(picture(id, hash('a'), [1]), quota);
    const pages: string[][] = [];
    let after: string | null = `${prefix}`;
    for (;;) {
      const page: string[] = (await storage.boardsWithAssets(after, 2)).filter((id) => id.startsWith(prefix));
      if (page.length === 0) break;
      pages.push(page);
      after = page.at(-1) ?? null;
    }
    expect(pages).toEqual([ids.slice(0, 2), ids.slice(2)]);
    await storage.close();
  });
});

describe('an older SQLite database', () => {
  it('gains the picture table when it is opened, keeping its boards', async () => {
    const file = path.join(sqliteDir, 'older.sqlite');
    const first = new SqliteStorage(file);
    await first.createBoard(board('older'));
    await first.close();
    const db = new Database(file);
    db.exec('DROP TABLE board_assets');
    db.close();

    const reopened = new SqliteStorage(file);
    expect(await reopened.getBoard('older')).toEqual(board('older'));
    await reopened.putAsset(picture('older', 'c'.repeat(64), [7]), quota);
    expect((await reopened.getAsset('older', 'c'.repeat(64)))?.bytes).toEqual(Uint8Array.from([7]));
    await reopened.close();
  });

  it('gains the clean-up mark column when its picture table predates it, keeping its pictures', async () => {
    const file = path.join(sqliteDir, 'older-marks.sqlite');
    const first = new SqliteStorage(file);
    await first.createBoard(board('oldermarks'));
    await first.close();
    const db = new Database(file);
    db.exec(`DROP TABLE board_assets; CREATE TABLE board_assets (board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE, id TEXT NOT NULL,
      content_type TEXT NOT NULL, bytes BLOB NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (board_id, id))`);
    db.prepare('INSERT INTO board_assets VALUES (?, ?, ?, ?, ?)').run('oldermarks', hash('d'), 'image/png', Buffer.from([5]), 1);
    db.close();

    const reopened = new SqliteStorage(file);
    expect(await reopened.listAssets('oldermarks')).toEqual([{ id: hash('d'), bytes: 1, createdAt: 1, unusedSince: null }]);
    await reopened.markUnusedAssets('oldermarks', [hash('d')], 5);
    expect((await reopened.listAssets('oldermarks'))[0]?.unusedSince).toBe(5);
    await reopened.close();
  });
});
