import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { roles } from '@washup/shared/auth';
import { boardDocOf, boardView } from '@washup/shared/board';
import { RawSyncClient } from '../../server/test/support/rawClient';
import { createBoard, join } from '../../server/test/support/relay';
import { waitFor } from '../../server/test/support/providers';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess';
import { abuseFromChildProcess } from './support/abuserProcess';
import { Bystander } from './support/bystander';
import { faultScale } from './support/faultScale';
import { labelledFrom, scrapeMetrics } from './support/relayMetrics';
import { RelayWatch } from './support/relayWatch';
import { within } from './support/within';

const { frames, sockets, deadlineMs, bystanderEditEveryMs } = faultScale.fuzz;
/** Small enough that oversized frames stay cheap to send, large enough for every honest frame here. */
const maxFrameBytes = 256 * 1024;
const relayEnv = { MAX_FRAME_BYTES: String(maxFrameBytes) };

const dataDir = mkdtempSync(path.join(tmpdir(), 'washup-fuzz-'));
let relay: RelayProcess | undefined;
afterAll(async () => {
  await relay?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * The sync socket fuzzed from every invite role on both docs of one board, while well-behaved
 * participants keep editing it: the relay must not die, must not disturb them, and must keep
 * every edit it acknowledged to them across a restart.
 */
describe(`sync socket fuzzer (${faultScale.name} scale)`, () => {
  it(`survives ${frames} hostile frames with bystanders undisturbed`, async () => {
    console.log(`fuzz: FAULT_SEED=${faultScale.seed} (set it to replay this run)`);
    relay = await startRelayProcess(dataDir, relayEnv);
    const board = await createBoard(relay.url, 'Fuzzed review');
    const boardUrl = `${relay.wsUrl}/${board.id}`;
    const lead = await join(relay.url, board, 'facilitator', 'Lead Bystander');
    const reviewer = await join(relay.url, board, 'reviewer', 'Reviewer Bystander');
    const observer = await join(relay.url, board, 'observer', 'Observer Bystander');
    const bystanders = [
      new Bystander('lead', boardUrl, lead.token, true),
      new Bystander('reviewer', boardUrl, reviewer.token, true),
      new Bystander('observer', `${boardUrl}/session`, observer.token, false),
    ];
    await within(Promise.all(bystanders.map((bystander) => bystander.client.synced)), 15_000, 'the bystanders to sync');
    for (const bystander of bystanders) bystander.start(50, bystanderEditEveryMs);

    const watch = await RelayWatch.start(relay);
    const targets = roles.flatMap((role) => [
      { url: boardUrl, token: board.invites[role].token, label: `${role} board` },
      { url: `${boardUrl}/session`, token: board.invites[role].token, label: `${role} session` },
    ]);
    const abuse = await abuseFromChildProcess({
      targets,
      mix: 'fuzz',
      sockets,
      frames,
      durationMs: deadlineMs,
      seed: faultScale.seed,
      maxFrameBytes,
      framesPerConnection: 200,
      sourceAddresses: ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'],
    });
    const relayFigures = await watch.stop();
    const rejected = relayFigures.exit ? {} : labelledFrom(await scrapeMetrics(relay.url), 'washup_frames_rejected_total');
    const seen = await Promise.all(bystanders.map((bystander) => bystander.stop()));
    const [leadWriter, reviewerWriter] = bystanders as [Bystander, Bystander, Bystander];
    const acknowledged = [...leadWriter.acknowledgedCardIds, ...reviewerWriter.acknowledgedCardIds];

    // The two writers see each other's acknowledged cards (a relay that dropped fan-out would fail here).
    const converged = await waitFor(
      () => acknowledged.every((id) => [leadWriter, reviewerWriter].every((b) => boardDocOf(b.client.doc).get('cards', id))),
      10_000,
      'the bystanders to converge',
    ).then(() => true, () => false);
    for (const bystander of bystanders) bystander.close();

    let missingAfterRestart: string[] = [];
    let viewAfterRestart = 'not checked: the relay did not survive';
    if (!relayFigures.exit) {
      await relay.stop('SIGTERM');
      relay = await startRelayProcess(dataDir, relayEnv, relay.port);
      const reader = new RawSyncClient(boardUrl, board.invites.observer.token);
      await within(reader.synced, 30_000, 'a reader to sync after the restart');
      const stored = boardDocOf(reader.doc);
      missingAfterRestart = acknowledged.filter((id) => !stored.get('cards', id));
      viewAfterRestart = describeView(reader.doc);
      reader.close();
    }

    const seconds = abuse.elapsedMs / 1000;
    console.log(
      [
        `fuzz (${faultScale.name}, seed ${faultScale.seed}): ${abuse.framesSent} frames (${(abuse.bytesSent / 2 ** 20).toFixed(1)} MiB) in ${seconds.toFixed(1)} s = ${Math.round(abuse.framesSent / seconds)} frames/s over ${abuse.connections} connections from ${sockets} sockets`,
        `  frames by kind: ${JSON.stringify(abuse.framesByKind)}`,
        `  closes by reason: ${JSON.stringify(abuse.closes)}`,
        `  upgrades refused: ${JSON.stringify(abuse.refused)}`,
        `  relay rejections: ${JSON.stringify(rejected)}`,
        `  relay: ${relayFigures.exit ?? 'alive'}, max event-loop delay ${relayFigures.maxLoopDelayMs} ms, slowest /metrics ${relayFigures.maxScrapeMs} ms, peak RSS ${(relayFigures.peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
        ...seen.map(
          (b) =>
            `  bystander ${b.name}: ${b.edits} edits, ${b.acknowledged} acknowledged (slowest ack ${b.maxAckMs} ms), ${b.timeRequests} time requests (max ${b.maxRoundTripMs} ms, p99 ${b.p99RoundTripMs} ms), disconnected: ${b.disconnected ? `${b.disconnected.code} ${b.disconnected.reason}` : 'never'}, doc: ${b.corruption ?? 'sound'}`,
        ),
        `  after restart: ${acknowledged.length - missingAfterRestart.length} of ${acknowledged.length} acknowledged cards stored; board view: ${viewAfterRestart}`,
      ].join('\n'),
    );

    expect(relayFigures.exit).toBeNull();
    expect(abuse.framesSent).toBeGreaterThanOrEqual(frames);
    for (const b of seen) {
      expect(b.disconnected, `${b.name} was disconnected`).toBeNull();
      expect(b.corruption, `${b.name}'s board stopped making sense`).toBeNull();
      expect(b.acknowledged, `${b.name}'s edits were not all acknowledged`).toBe(b.edits);
    }
    expect(leadWriter.acknowledgedCardIds.length).toBeGreaterThan(0);
    expect(converged).toBe(true);
    expect(missingAfterRestart).toEqual([]);
    expect(viewAfterRestart).toMatch(/^\d+ cards, \d+ headings, 0 unreadable records$/);
  }, deadlineMs + 180_000);
});

/** What a reader of the stored board sees, or why it cannot read it. */
function describeView(doc: Y.Doc): string {
  try {
    const board = boardDocOf(doc);
    const view = boardView(board);
    return `${board.count('cards')} cards, ${view.headings.length} headings, ${board.unreadable().length} unreadable records`;
  } catch (error) {
    return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
}
