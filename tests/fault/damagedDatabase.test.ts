import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateBoardResponse } from '@washup/shared/api';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoard } from '../../server/test/support/relay';
import { startExpectingRefusal, startRelayProcess } from '../support/relayProcess';
import { SeededRandom } from '../support/seededRandom';
import { missingCards, writeAcknowledgedCards } from './support/acknowledgedCards';
import { faultScale } from './support/faultScale';
import { within } from './support/within';

const root = mkdtempSync(path.join(tmpdir(), 'washup-damage-'));
/** The data after a clean stop: every card in the database file, no write-ahead log. */
const stoppedCleanly = path.join(root, 'stopped-cleanly');
/** The data after a crash: half the cards in the database file, half only in the write-ahead log. */
const crashed = path.join(root, 'crashed');
const databaseOf = (dataDir: string) => path.join(dataDir, 'washup.sqlite');
const walOf = (dataDir: string) => `${databaseOf(dataDir)}-wal`;
let board: CreateBoardResponse;
let checkpointedIds: string[] = [];
let loggedIds: string[] = [];
const random = new SeededRandom(faultScale.seed);

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  let relay = await startRelayProcess(crashed);
  try {
    board = await createBoard(relay.url, 'Damage');
    const first = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await within(first.synced, 15_000, 'the first writer to sync');
    checkpointedIds = await writeAcknowledgedCards(first, 200, 10, 'checkpointed');
    first.close();
    // A clean stop copies the log into the database file.
    await relay.stop('SIGTERM');
    cpSync(crashed, stoppedCleanly, { recursive: true });
    relay = await startRelayProcess(crashed, {}, relay.port);
    const second = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
    await within(second.synced, 15_000, 'the second writer to sync');
    loggedIds = await writeAcknowledgedCards(second, 200, 5, 'logged');
    second.close();
  } finally {
    // A crash leaves the last 200 cards, 40 commits, in the write-ahead log only.
    await relay.stop('SIGKILL');
  }
}, 120_000);

/** A fresh copy of prepared data for one case, so every case starts from the same bytes. */
function copyOf(prepared: string, name: string): string {
  const dataDir = path.join(root, name);
  cpSync(prepared, dataDir, { recursive: true });
  return dataDir;
}

function garble(file: string, from: number, to: number): void {
  const bytes = readFileSync(file);
  bytes.set(random.bytes(to - from), from);
  writeFileSync(file, bytes);
}

const damages: Array<[string, string, (dataDir: string) => void]> = [
  ['a zero-length database file', stoppedCleanly, (dataDir) => truncateSync(databaseOf(dataDir), 0)],
  ['a database file cut in half', stoppedCleanly, (dataDir) => truncateSync(databaseOf(dataDir), Math.floor(statSync(databaseOf(dataDir)).size / 2))],
  ['garbled pages in the database file', stoppedCleanly, (dataDir) => {
    // Pages after the first: SQLite still opens the file, so only a check of every page finds it.
    const size = statSync(databaseOf(dataDir)).size;
    garble(databaseOf(dataDir), 4096, Math.floor(size * 0.75));
  }],
  ['a garbled frame early in the write-ahead log', crashed, (dataDir) => {
    const size = statSync(walOf(dataDir)).size;
    garble(walOf(dataDir), Math.floor(size / 4), Math.floor(size / 4) + 4096);
  }],
  ['a write-ahead log deleted after a crash', crashed, (dataDir) => {
    rmSync(walOf(dataDir));
    rmSync(`${databaseOf(dataDir)}-shm`, { force: true });
  }],
];

/**
 * A relay whose database or write-ahead log is damaged must refuse to start, with a message that
 * says what to do, rather than serve a board with part of its cards silently missing.
 */
describe('a damaged database', () => {
  const controls: Array<[string, string, () => string[]]> = [
    ['a clean stop', stoppedCleanly, () => checkpointedIds],
    ['a crash', crashed, () => [...checkpointedIds, ...loggedIds]],
  ];
  for (const [state, prepared, expected] of controls) {
    // The control: without damage the same data starts and serves every card, so a refusal below is the damage's doing.
    it(`serves every acknowledged card from undamaged data after ${state}`, async () => {
      const relay = await startRelayProcess(copyOf(prepared, `control after ${state}`.replace(/\W+/g, '-')));
      try {
        const reader = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.observer.token);
        await within(reader.synced, 15_000, 'a reader to sync');
        const missing = missingCards(reader, expected());
        reader.close();
        console.log(`damaged database control after ${state}: ${expected().length - missing.length} of ${expected().length} acknowledged cards served`);
        expect(missing).toEqual([]);
      } finally {
        await relay.stop('SIGKILL');
      }
    }, 60_000);
  }

  for (const [damage, prepared, apply] of damages) {
    it(`refuses to start on ${damage}`, async () => {
      const dataDir = copyOf(prepared, damage.replace(/\W+/g, '-'));
      apply(dataDir);
      const started = Date.now();
      const result = await startExpectingRefusal(dataDir);
      const message = result.output.trim().split('\n').slice(-3).join(' | ');
      console.log(`damaged database, ${damage}: exit ${result.exitCode}, served ${result.served}, ${Date.now() - started} ms, said: ${message.slice(0, 400)}`);
      expect(result.served, 'the relay served the damaged data').toBe(false);
      expect(result.exitCode).not.toBe(0);
      expect(result.exitCode).not.toBeNull();
      expect(result.output).toMatch(/cannot start/i);
      expect(result.output).toMatch(/restore|back-up|backup/i);
    }, 60_000);
  }
});
