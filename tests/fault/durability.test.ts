import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addCard, boardDocOf } from '@washup/shared/board';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoard } from '../../server/test/support/relay';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess';
import { SeededRandom } from '../support/seededRandom';
import { missingCards } from './support/acknowledgedCards';
import { evidenceCard } from './support/evidenceCard';
import { faultScale } from './support/faultScale';
import { within } from './support/within';

const kills = Number(process.env.DURABILITY_KILLS ?? (faultScale.full ? 30 : 8));
/** Writers on the board at once, each on its own socket: the load the kills land in. */
const writers = 3;
const random = new SeededRandom(faultScale.seed);
const dataDir = mkdtempSync(path.join(tmpdir(), 'washup-durability-'));
let relay: RelayProcess | undefined;
afterAll(async () => {
  // A failed assertion leaves the last relay running; it must not outlive the test.
  await relay?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Writers count the relay's acknowledgements while the relay is killed with SIGKILL at a random
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
      const url = `${relay.wsUrl}/${board.id}`;
      const clients = Array.from({ length: writers }, () => new RawSyncClient(url, board.invites.reviewer.token));
      await within(Promise.all(clients.map((client) => client.synced)), 15_000, 'the writers to sync');
      let stop = false;
      const writing = clients.map(async (writer, w) => {
        const writerBoard = boardDocOf(writer.doc);
        for (let i = 0; !stop && i < 5000; i += 5) {
          // Five cards per update and one ack request each: about 130 frames a second per socket,
          // as fast as the relay's per-socket frame limit lets a client go for long.
          const ids: string[] = [];
          writer.doc.transact(() => {
            for (let j = 0; j < 5; j++) ids.push(addCard(writerBoard, evidenceCard(`${round}:${w}:${i + j}`, `writer ${w}`)).id);
          });
          written += ids.length;
          writer.requestAck().acked.then(() => ids.forEach((id) => acknowledged.add(id)), () => undefined);
          await new Promise((resolve) => setTimeout(resolve, 15));
        }
      });
      await new Promise((resolve) => setTimeout(resolve, random.int(40, 300)));
      await relay.stop('SIGKILL');
      stop = true;
      await Promise.all(writing);
      for (const writer of clients) writer.close();

      relay = await startRelayProcess(dataDir, {}, relay.port);
      const reader = new RawSyncClient(`${relay.wsUrl}/${board.id}`, board.invites.observer.token);
      await within(reader.synced, 15_000, 'the reader to sync');
      const missing = missingCards(reader, [...acknowledged]);
      figures.push(`kill ${round + 1}: ${acknowledged.size} acknowledged so far, ${boardDocOf(reader.doc).count('cards')} stored, ${missing.length} missing`);
      reader.close();
      expect(missing).toEqual([]);
    }
    await relay.stop();
    console.log(`durability (seed ${faultScale.seed}): ${kills} SIGKILLs under ${writers} writers, ${written} cards written, ${acknowledged.size} acknowledged, 0 lost\n${figures.join('\n')}`);
    expect(acknowledged.size).toBeGreaterThan(kills * 10);
  }, 600_000);
});
