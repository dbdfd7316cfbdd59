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

describe.each(adapters)('%s storage of pictures', (_name, open) => {
  it("keeps a board's pictures apart from another board's, keeps the first of one id, and deletes them with the board", async () => {
    const storage = open();
    const id = `board${Math.floor(Math.random() * 1e9)}`;
    const other = `${id}x`;
    await storage.createBoard(board(id));
    await storage.createBoard(board(other));
    await storage.putAsset(picture(id, 'a'.repeat(64), [1, 2, 3]));
    await storage.putAsset(picture(id, 'a'.repeat(64), [9]));
    await storage.putAsset(picture(other, 'b'.repeat(64), [4]));

    expect(await storage.getAsset(id, 'a'.repeat(64))).toEqual({ contentType: 'image/png', bytes: Uint8Array.from([1, 2, 3]) });
    expect(await storage.getAsset(id, 'b'.repeat(64))).toBeNull();
    await storage.deleteBoard(id);
    expect(await storage.getAsset(id, 'a'.repeat(64))).toBeNull();
    expect(await storage.getAsset(other, 'b'.repeat(64))).not.toBeNull();
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
    await reopened.putAsset(picture('older', 'c'.repeat(64), [7]));
    expect((await reopened.getAsset('older', 'c'.repeat(64)))?.bytes).toEqual(Uint8Array.from([7]));
    await reopened.close();
  });
});
