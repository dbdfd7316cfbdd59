import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoard } from '../../server/test/support/relay';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess';

const kills = Number(process.env.DURABILITY_KILLS ?? 20);
const dataDir = mkdtempSync(path.join(tmpdir(), 'washup-durability-'));
let relay: RelayProcess | undefined;
afterAll(async () => {
  // A failed assertion leaves the last relay running; it must not outlive the test.
  await relay?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * A writer counts the relay's acknowledgements while the relay is killed with SIGKILL at a random
 * moment; after each restart every acknowledged update must be there.
 */
describe('durability under kill -9', () => {
  it(`keeps every acknowledged update across ${kills} kills`, async () => {
    relay = await startRelayProcess(dataDir);
    const board = await createBoard(relay.url, 'Durability');
    const acknowledged = new Set<string>();
    let written = 0;
    const figures: string[] = [];

    for (let round = 0; round < kills; round++) {
      const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.reviewer.token);
      await writer.synced;
      const list = writer.doc.getArray<string>('writes');
      let stop = false;
      const writing = (async () => {
        for (let i = 0; !stop && i < 5000; i++) {
          const value = `${round}:${i}`;
          list.push([value]);
          written += 1;
          const { acked } = writer.requestAck();
          acked.then(() => acknowledged.add(value), () => undefined);
          // Let the socket and the relay breathe every few writes, as real typing would.
          if (i % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 1));
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 260));
      await relay.stop('SIGKILL');
      stop = true;
      await writing;
      writer.close();

      relay = await startRelayProcess(dataDir, {}, relay.port);
      const reader = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.observer.token);
      await reader.synced;
      const present = new Set(reader.doc.getArray<string>('writes').toArray());
      const missing = [...acknowledged].filter((value) => !present.has(value));
      figures.push(`kill ${round + 1}: ${acknowledged.size} acknowledged so far, ${present.size} stored, ${missing.length} missing`);
      reader.close();
      expect(missing).toEqual([]);
    }
    await relay.stop();
    console.log(`durability: ${kills} SIGKILLs, ${written} writes sent, ${acknowledged.size} acknowledged, 0 lost\n${figures.join('\n')}`);
    expect(acknowledged.size).toBeGreaterThan(kills * 10);
  }, 600_000);
});
