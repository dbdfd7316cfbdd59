import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoard, join } from '../../server/test/support/relay';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess';
import { abuseFromChildProcess } from './support/abuserProcess';
import { writeAcknowledgedCards } from './support/acknowledgedCards';
import { Bystander } from './support/bystander';
import { faultScale } from './support/faultScale';
import { RelayWatch } from './support/relayWatch';
import { within } from './support/within';

const { durationMs, seedCards } = faultScale.stall;
/** What the issue demands of the well-behaved path while an abuser floods. */
const stallBoundMs = 100;
/**
 * The short run shares CI's two cores with the rest of `pnpm test`, where the scheduler alone can
 * hold the relay off the CPU for longer than 100 ms; there it asserts a bound that still catches
 * the multi-second stalls the issue measured. The full run (`pnpm test:faults`) runs the fault
 * files one at a time and always holds the relay to 100 ms.
 */
const machineLoaded = os.loadavg()[0]! >= os.availableParallelism() * 0.75;
const assertedBoundMs = faultScale.full || !machineLoaded ? stallBoundMs : 500;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'washup-stall-'));
let relay: RelayProcess | undefined;
afterAll(async () => {
  await relay?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Abusers flood a large board with the frames that cost the relay most for the least sent:
 * requests for the whole document, cheap frames by the thousand, deeply nested presence. A
 * well-behaved participant on the same board measures how long the relay takes to answer it.
 */
describe(`event-loop stall under a flood (${faultScale.name} scale)`, () => {
  it(`answers a well-behaved client within ${assertedBoundMs} ms while abusers flood`, async () => {
    relay = await startRelayProcess(dataDir);
    const board = await createBoard(relay.url, 'Flooded review');
    const boardUrl = `${relay.wsUrl}/${board.id}`;
    const seeder = new RawSyncClient(boardUrl, board.invites.reviewer.token);
    await within(seeder.synced, 15_000, 'the seeding client to sync');
    await writeAcknowledgedCards(seeder, seedCards, 100, 'seed');
    seeder.close();

    const participant = await join(relay.url, board, 'reviewer', 'Patient Reviewer');
    const bystander = new Bystander('reviewer', boardUrl, participant.token, true);
    await within(bystander.client.synced, 15_000, 'the bystander to sync');
    const watch = await RelayWatch.start(relay);
    bystander.start(20, 100);
    const health = probeHealth(relay.url);

    const abuse = await abuseFromChildProcess({
      targets: (['observer', 'host', 'reviewer'] as const).flatMap((role) => [
        { url: boardUrl, token: board.invites[role].token, label: `${role} board` },
        { url: `${boardUrl}/session`, token: board.invites[role].token, label: `${role} session` },
      ]),
      mix: 'flood',
      sockets: 12,
      frames: 50_000_000,
      durationMs,
      seed: faultScale.seed,
      maxFrameBytes: 8 * 1024 * 1024,
      framesPerConnection: 1_000_000,
      sourceAddresses: ['127.0.0.2', '127.0.0.3'],
    });
    const slowestHealthMs = await health.stop();
    const relayFigures = await watch.stop();
    const seen = await bystander.stop();
    bystander.close();

    const seconds = abuse.elapsedMs / 1000;
    console.log(
      [
        `stall (${faultScale.name}, seed ${faultScale.seed}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores, asserting ${assertedBoundMs} ms): board of ${seedCards} cards`,
        `  flood: ${abuse.framesSent} frames (${(abuse.bytesSent / 2 ** 20).toFixed(1)} MiB) in ${seconds.toFixed(1)} s = ${Math.round(abuse.framesSent / seconds)} frames/s over ${abuse.connections} connections`,
        `  frames by kind: ${JSON.stringify(abuse.framesByKind)}`,
        `  closes by reason: ${JSON.stringify(abuse.closes)}; upgrades refused: ${JSON.stringify(abuse.refused)}`,
        `  well-behaved client: ${seen.timeRequests} time requests, max round trip ${seen.maxRoundTripMs} ms (p99 ${seen.p99RoundTripMs} ms); ${seen.edits} edits, ${seen.acknowledged} acknowledged, slowest ack ${seen.maxAckMs} ms; disconnected: ${seen.disconnected ? `${seen.disconnected.code} ${seen.disconnected.reason}` : 'never'}`,
        `  relay: ${relayFigures.exit ?? 'alive'}, max event-loop delay ${relayFigures.maxLoopDelayMs} ms, slowest /healthz ${slowestHealthMs} ms, slowest /metrics ${relayFigures.maxScrapeMs} ms, peak RSS ${(relayFigures.peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
      ].join('\n'),
    );

    expect(relayFigures.exit).toBeNull();
    expect(seen.disconnected).toBeNull();
    expect(seen.acknowledged).toBe(seen.edits);
    // The measurement itself happened: at least five requests a second (one every 20 ms is the aim).
    expect(seen.timeRequests).toBeGreaterThan(durationMs / 200);
    expect(seen.maxRoundTripMs).toBeLessThanOrEqual(assertedBoundMs);
    expect(relayFigures.maxLoopDelayMs).toBeLessThanOrEqual(assertedBoundMs);
    expect(slowestHealthMs).toBeLessThanOrEqual(assertedBoundMs);
  }, durationMs + 180_000);
});

/** Asks /healthz every 200 ms, as a load balancer would, and keeps the slowest answer (a failure counts by its time). */
function probeHealth(relayUrl: string): { stop(): Promise<number> } {
  let slowest = 0;
  let running = true;
  const probing = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${relayUrl}/healthz`, { signal: AbortSignal.timeout(15_000) }).then((response) => response.arrayBuffer(), () => undefined);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    async stop() {
      running = false;
      await probing;
      return Math.round(slowest);
    },
  };
}
