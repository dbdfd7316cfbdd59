import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateBoardResponse } from '@washup/shared/api';
import { closeCode } from '@washup/shared/sync';
import { sqliteFiles } from '../src/storage/sqliteFiles';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { createBoard, relayPerTest, storedAfterUnload, storedDoc, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

/** A board written to and left, so that its room compacts into one snapshot as it unloads. */
async function compactedBoard(relay: TestRelay): Promise<CreateBoardResponse> {
  const board = await createBoard(relay.url);
  const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
  await writer.synced;
  writer.doc.getText('t').insert(0, 'kept');
  await writer.requestAck().acked;
  writer.close();
  await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to unload');
  expect((await storedAfterUnload(relay, board.id)).snapshot?.format).toBe(1);
  return board;
}

const damages: Array<[string, (snapshot: Buffer) => Buffer]> = [
  ['cut short', (snapshot) => snapshot.subarray(0, Math.floor(snapshot.length / 2))],
  ['random bytes', (snapshot) => Buffer.from(Array.from({ length: snapshot.length }, (_, i) => (i * 131 + 7) % 256))],
  ['a length of 2^32', () => Buffer.from([1, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])],
];

describe('a board whose stored snapshot is damaged', () => {
  for (const format of [1, 2]) {
    for (const [damage, damaged] of damages) {
      it(`(V${format}, ${damage}) closes its sockets with a reason, and the relay and other boards go on`, async () => {
        const relay = await startTestRelay();
        const board = await compactedBoard(relay);
        const other = await compactedBoard(relay);
        const boardId = board.id;
        const raw = new Database(sqliteFiles(relay.dataDir).database);
        try {
          const { snapshot } = raw.prepare<[string], { snapshot: Buffer }>('SELECT snapshot FROM doc_snapshots WHERE doc_name = ?').get(boardId)!;
          const bytes = format === 1 ? snapshot : Buffer.from(Y.convertUpdateFormatV1ToV2(snapshot));
          raw.prepare('UPDATE doc_snapshots SET snapshot = ?, update_format = ? WHERE doc_name = ?').run(damaged(bytes), format, boardId);
        } finally {
          raw.close();
        }

        const reader = new RawSyncClient(`${relay.wsUrl}/${boardId}`, board.invites.observer.token);
        const closed = await reader.closed;
        expect(closed.code).toBe(closeCode.internalError);
        expect(closed.reason).toBe('the board could not be loaded');

        expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
        expect((await storedDoc(relay, other.id)).getText('t').toString()).toBe('kept');
        const otherReader = new RawSyncClient(`${relay.wsUrl}/${other.id}`, other.invites.observer.token);
        await otherReader.synced;
        expect(otherReader.doc.getText('t').toString()).toBe('kept');
        otherReader.close();
      });
    }
  }
});
