import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, boardDocOf } from '@washup/shared/board';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { api, createBoard } from '../../server/test/support/relay';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess';
import { missingCards, writeAcknowledgedCards } from './support/acknowledgedCards';
import { evidenceCard } from './support/evidenceCard';
import { TmpfsDisk } from './support/tmpfsDisk';
import { within } from './support/within';

interface Health {
  ok: boolean;
  storage: { ok: boolean; reason?: string; message?: string };
}
interface ErrorBody {
  error: { code: string; message: string };
}

const disk = TmpfsDisk.mount(32 * 2 ** 20);
if (typeof disk === 'string') console.log(`disk full: skipped, ${disk}`);
let relay: RelayProcess | undefined;
afterAll(async () => {
  await relay?.stop('SIGKILL');
  if (typeof disk !== 'string') disk.unmount();
});

/**
 * The disk under the relay fills up: writes must be refused visibly (never acknowledged), health
 * must say storage is failing, requests that need storage get a clear 503, nothing acknowledged
 * before is lost, and everything works again once space returns.
 */
describe.skipIf(typeof disk === 'string')('a full disk', () => {
  it('refuses writes with clear errors while full, loses nothing, and recovers when space returns', async () => {
    if (typeof disk === 'string') throw new Error(disk);
    const dataDir = path.join(disk.dir, 'data');
    relay = await startRelayProcess(dataDir);
    const board = await createBoard(relay.url, 'Disk full');
    const boardUrl = `${relay.wsUrl}/${board.id}`;
    const writer = new RawSyncClient(boardUrl, board.invites.reviewer.token);
    await within(writer.synced, 15_000, 'the writer to sync');
    const before = await writeAcknowledgedCards(writer, 100, 10, 'before');

    const ballast = disk.fill();
    // Write until the relay needs space it cannot get; each write gets a bounded wait for its ack.
    const whileFull: string[] = [];
    let firstRefused: number | null = null;
    const writerBoard = boardDocOf(writer.doc);
    for (let i = 0; i < 300; i++) {
      whileFull.push(addCard(writerBoard, evidenceCard(`while full ${i} ${'x'.repeat(2_000)}`, 'writer')).id);
      const acked = await within(writer.requestAck().acked, 3_000, 'ack').then(() => true, () => false);
      if (!acked) {
        firstRefused = i;
        break;
      }
    }
    const closed = await within(writer.closed, 5_000, 'the relay to close the writer').catch(() => null);
    const health = await api<Health>(relay.url, 'GET', '/healthz');
    const ready = await api<{ ready: boolean }>(relay.url, 'GET', '/readyz');
    const create = await api<ErrorBody>(relay.url, 'POST', '/api/boards', { body: { title: 'While full', templateId: 'qa-review' } });
    const joining = await api<ErrorBody>(relay.url, 'POST', `/api/boards/${board.id}/join`, {
      token: board.invites.reviewer.token,
      body: { name: 'Late Reviewer' },
    });
    const acknowledgedWhileFull = whileFull.slice(0, firstRefused ?? whileFull.length);

    disk.free();
    const freedAt = Date.now();
    const recovered = await pollUntilReady(relay.url, 20_000);
    const recoveryMs = Date.now() - freedAt;
    // The writer kept its refused cards; a new connection sends them again, as the app does on reconnect.
    const retry = new RawSyncClient(boardUrl, board.invites.reviewer.token);
    Y.applyUpdate(retry.doc, Y.encodeStateAsUpdate(writer.doc));
    writer.close();
    await within(retry.synced, 15_000, 'the retrying writer to sync');
    await within(retry.requestAck().acked, 15_000, 'the resent cards to be acknowledged');
    const after = await writeAcknowledgedCards(retry, 20, 5, 'after');
    retry.close();
    const createAfter = await api<unknown>(relay.url, 'POST', '/api/boards', { body: { title: 'After', templateId: 'qa-review' } });

    await relay.stop('SIGKILL');
    relay = await startRelayProcess(dataDir, {}, relay.port);
    const reader = new RawSyncClient(boardUrl, board.invites.observer.token);
    await within(reader.synced, 15_000, 'the reader to sync after the restart');
    const expected = [...before, ...whileFull, ...after];
    const missing = missingCards(reader, expected);
    reader.close();

    console.log(
      [
        `disk full (tmpfs of 32 MiB, ballast ${(ballast / 2 ** 20).toFixed(1)} MiB): ${before.length} cards acknowledged before, ${acknowledgedWhileFull.length} more acknowledged after filling, ${firstRefused === null ? 'none refused' : `card ${firstRefused + 1} not acknowledged`}`,
        `  writer socket: ${closed ? `closed ${closed.code} ${closed.reason}` : 'left open'}`,
        `  /healthz ${health.status} ${JSON.stringify(health.body)}; /readyz ${ready.status}`,
        `  create board ${create.status} ${JSON.stringify(create.body)}; join ${joining.status} ${JSON.stringify(joining.body)}`,
        `  space returned: ready again ${recovered ? `after ${recoveryMs} ms` : 'never (20 s)'}; create board ${createAfter.status}; ${expected.length - missing.length} of ${expected.length} cards stored after a kill -9 and restart`,
      ].join('\n'),
    );

    expect(firstRefused, 'the relay acknowledged every write on a full disk').not.toBeNull();
    // The writer learns why: the relay closes its socket with a reason, and the app shows it.
    expect(closed?.reason).toMatch(/storage|disk/i);
    expect(health.status).toBe(200);
    expect(health.body.ok).toBe(false);
    expect(health.body.storage.reason).toBe('disk_full');
    expect(ready.status).toBe(503);
    expect(create.status).toBe(503);
    expect(create.body.error.message).toMatch(/full/);
    expect(joining.status).toBe(503);
    expect(recovered).toBe(true);
    expect(createAfter.status).toBe(201);
    expect(missing).toEqual([]);
  }, 180_000);
});

async function pollUntilReady(relayUrl: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${relayUrl}/readyz`).catch(() => null);
    if (response?.status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
