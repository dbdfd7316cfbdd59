import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../src/storage/sqliteStorage';
import { GroupCommit } from '../src/sync/groupCommit';

const dir = mkdtempSync(path.join(tmpdir(), 'washup-commit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('group commit', () => {
  it('stores a burst of updates in few transactions, in order', async () => {
    const storage = new SqliteStorage(path.join(dir, 'burst.sqlite'));
    const batches: number[] = [];
    const commits = new GroupCommit(storage, (_seqs, count) => batches.push(count));
    const appended = Array.from({ length: 50 }, (_, i) => commits.append('doc', Uint8Array.of(i)));
    await Promise.all(appended);
    await commits.flushed();
    const stored = await storage.loadDoc('doc');
    expect(stored.updates.map((update) => update[0])).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(batches.reduce((sum, count) => sum + count, 0)).toBe(50);
    expect(batches.length).toBeLessThan(5);
    await storage.close();
  });

  it('never reports a failed write as flushed, yet drains for readers', async () => {
    const storage = new SqliteStorage(path.join(dir, 'closed.sqlite'));
    const commits = new GroupCommit(storage, () => undefined);
    await storage.close();
    await expect(commits.append('doc', Uint8Array.of(1))).rejects.toThrow();
    await expect(commits.flushed()).rejects.toThrow();
    await expect(commits.drained()).resolves.toBeUndefined();
  });
});
