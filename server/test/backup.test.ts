import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { addCard, boardDocOf } from '@washup/shared/board';
import { sqliteFiles } from '../src/storage/sqliteFiles';
import { RawSyncClient } from './support/rawClient';
import { createBoard, startRelay, type TestRelay } from './support/relay';
import { runServerScript, type ScriptOutcome } from './support/scriptProcess';

const dirs: string[] = [];
const relays: TestRelay[] = [];
const clients: RawSyncClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const relay of relays.splice(0)) await relay.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'washup-backup-'));
  dirs.push(dir);
  return dir;
}

/** `pnpm backup|restore <file>` as a person runs it, typed in `cwd`. */
function command(name: 'backup' | 'restore', file: string, dataDir: string, cwd: string): Promise<ScriptOutcome> {
  return runServerScript(`cli/${name}.ts`, [file], { DATA_DIR: dataDir, INIT_CWD: cwd });
}

async function connected(relay: TestRelay, boardId: string, token: string): Promise<RawSyncClient> {
  const client = new RawSyncClient(`${relay.wsUrl}/${boardId}`, token);
  clients.push(client);
  await client.synced;
  return client;
}

/** Adds one card and waits until the relay says it is on disk; returns its id. */
async function acknowledgedCard(client: RawSyncClient, index: number): Promise<string> {
  const card = addCard(boardDocOf(client.doc), {
    observation: `Evidence ${index}`,
    activity: 'lesson visit',
    keyQuestionIds: [],
    valence: 'strength',
    counterEvidence: false,
    authorId: 'backup-test',
    authorName: 'Backup Test',
    capturedAt: Date.now(),
  });
  await client.requestAck().acked;
  return card.id;
}

describe('back-up and restore', () => {
  it('backs up while a relay takes edits, restores into a new data folder, and every acknowledged edit is there', async () => {
    const live = await startRelay();
    relays.push(live);
    const board = await createBoard(live.url);
    const writer = await connected(live, board.id, board.invites.reviewer.token);
    const acknowledged: string[] = [];
    for (let i = 0; i < 40; i++) acknowledged.push(await acknowledgedCard(writer, i));

    const backupDir = tempDir();
    const backup = command('backup', 'board.sqlite', live.dataDir, backupDir);
    let finished: ScriptOutcome | null = null;
    void backup.then((outcome) => (finished = outcome));
    let writtenDuringBackup = 0;
    while (!finished && writtenDuringBackup < 5000) {
      await acknowledgedCard(writer, 1000 + writtenDuringBackup);
      writtenDuringBackup++;
    }
    const outcome = await backup;
    expect(outcome.code, outcome.output).toBe(0);
    expect(outcome.output).toMatch(/Backed up 1 boards .* to .*board\.sqlite; integrity checked/);
    expect(writtenDuringBackup).toBeGreaterThan(0);

    const again = await command('backup', 'board.sqlite', live.dataDir, backupDir);
    expect([again.code, again.output]).toEqual([1, expect.stringMatching(/already exists; a back-up never overwrites/)]);
    const whileRunning = await command('restore', path.join(backupDir, 'board.sqlite'), live.dataDir, backupDir);
    expect([whileRunning.code, whileRunning.output]).toEqual([1, expect.stringMatching(/in use by a running relay/)]);

    const fresh = tempDir();
    const restored = await command('restore', path.join(backupDir, 'board.sqlite'), fresh, backupDir);
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toMatch(/Put the secret\.key that signed these boards' links/);
    copyFileSync(path.join(live.dataDir, 'secret.key'), path.join(fresh, 'secret.key'));

    const revived = await startRelay({}, fresh);
    relays.push(revived);
    const reader = await connected(revived, board.id, board.invites.observer.token);
    const missing = acknowledged.filter((id) => !boardDocOf(reader.doc).get('cards', id));
    expect(missing).toEqual([]);
  });

  it('salvages what comes before the damage in a write-ahead log, as the refusal at start suggests', async () => {
    const live = await startRelay();
    relays.push(live);
    const board = await createBoard(live.url);
    const writer = await connected(live, board.id, board.invites.reviewer.token);
    const acknowledged: string[] = [];
    for (let i = 0; i < 60; i++) acknowledged.push(await acknowledgedCard(writer, i));
    const crashed = tempDir();
    cpSync(live.dataDir, crashed, { recursive: true });
    const { wal } = sqliteFiles(crashed);
    const bytes = readFileSync(wal);
    bytes.fill(0xa5, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64);
    writeFileSync(wal, bytes);
    await expect(startRelay({}, crashed)).rejects.toThrow(/write-ahead log .* is damaged/);

    const salvage = tempDir();
    expect((await command('backup', 'salvage.sqlite', crashed, salvage)).code).toBe(0);
    expect((await command('restore', 'salvage.sqlite', crashed, salvage)).code).toBe(0);
    const [aside] = readdirSync(crashed).filter((name) => name.startsWith('replaced-'));
    expect(readFileSync(path.join(crashed, aside!, 'washup.sqlite-wal'))).toEqual(bytes);

    const revived = await startRelay({}, crashed);
    relays.push(revived);
    const reader = await connected(revived, board.id, board.invites.observer.token);
    const kept = acknowledged.filter((id) => boardDocOf(reader.doc).get('cards', id));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(acknowledged.slice(0, kept.length));
  });

  it('refuses to restore a damaged or foreign file and leaves the data folder alone', async () => {
    const dir = tempDir();
    const notADatabase = path.join(dir, 'notes.sqlite');
    copyFileSync(fileURLToPath(import.meta.url), notADatabase);
    const outcome = await command('restore', notADatabase, path.join(dir, 'data'), dir);
    expect([outcome.code, outcome.output]).toEqual([1, expect.stringMatching(/restore refused: .*notes\.sqlite is damaged or is not a database/)]);
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
  });
});
