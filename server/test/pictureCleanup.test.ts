import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasAssetUploadResponseSchema, canvasDocOf, type CanvasAssetUploadResponse } from '@washup/shared/canvas';
import { cleanUpBoardPictures, pictureGraceDays } from '../src/canvasAssets/pictureCleanup';
import { packState } from '../src/restorePoints/pointState';
import type { Config } from '../src/config';
import { RawSyncClient } from './support/rawClient';
import { startPostgres, type PostgresServer } from './support/postgresServer';
import { boardWithTeam, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

let postgres: PostgresServer;
beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

/** The relay on its default SQLite file, and on a PostgreSQL server as relays that scale out use. */
const adapters: Array<[string, () => Partial<Config>]> = [
  ['SQLite', () => ({})],
  ['PostgreSQL', () => ({ DATABASE_URL: postgres.url, WASHUP_SECRET: 'YdyMIRJ1e11Q_jt5p6BozOUskxTETe-FZ5v3QanGk8ZvurwHaLNuOGk8cTNVX2n_' })],
];

const dayMs = 24 * 60 * 60_000;
const graceMs = pictureGraceDays * dayMs;
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A distinct picture per name: the signature is what the relay checks, the tail makes its hash its own. */
const png = (name: string) => Uint8Array.from([...pngSignature, ...Buffer.from(name)]);

async function upload(relay: TestRelay, boardId: string, token: string, bytes: Uint8Array): Promise<CanvasAssetUploadResponse> {
  const response = await fetch(`${relay.url}/api/boards/${boardId}/assets`, { method: 'POST', headers: { 'content-type': 'image/png', authorization: `Bearer ${token}` }, body: bytes });
  return canvasAssetUploadResponseSchema.parse(await response.json());
}

/** What tldraw writes for a dropped picture: its asset record (the stored path) and an image shape showing it. */
function pictureRecords(name: string, src: string) {
  return {
    asset: { id: `asset:${name}`, typeName: 'asset' as const, type: 'image', props: { src, w: 1, h: 1, name: `${name}.png`, isAnimated: false, mimeType: 'image/png' }, meta: {} },
    shape: {
      id: `shape:${name}`,
      typeName: 'shape' as const,
      type: 'image',
      x: 0,
      y: 0,
      parentId: 'page:page',
      index: 'a1',
      props: { assetId: `asset:${name}`, w: 1, h: 1 },
      meta: {},
    },
  };
}

async function setUp(storage: Partial<Config>) {
  const relay = await startTestRelay(storage);
  const { board, lead } = await boardWithTeam(relay, { lead: ['facilitator', 'Lee'] });
  const client = new RawSyncClient(`${relay.wsUrl}/${board.id}`, lead.token);
  await client.synced;
  const canvas = canvasDocOf(client.doc);
  const change = async (work: () => void) => {
    canvas.transact(work);
    await client.requestAck().acked;
  };
  const cleanUp = (now: number) => cleanUpBoardPictures({ storage: relay.storage, withRoom: (address, work) => relay.rooms.withRoom(address, work) }, board.id, now);
  const stored = async () => (await relay.storage.listAssets(board.id)).map((asset) => asset.id);
  return { relay, board, lead, client, canvas, change, cleanUp, stored };
}

describe.each(adapters)('cleaning up pictures no canvas uses (%s)', (_name, storage) => {
  it('keeps pictures a shape shows, the report image and those a restore point holds, and deletes the rest only after the grace period', async () => {
    const { relay, board, lead, client, canvas, change, cleanUp, stored } = await setUp(storage());
    const [shown, unshown, report, inPoint, neverPlaced] = await Promise.all(['shown', 'unshown', 'report', 'inPoint', 'neverPlaced'].map((name) => upload(relay, board.id, lead.token, png(name))));
    if (!shown || !unshown || !report || !inPoint || !neverPlaced) throw new Error('an upload failed');
    await change(() => {
      for (const [name, picture] of [['shown', shown], ['unshown', unshown], ['inPoint', inPoint]] as const) {
        const { asset, shape } = pictureRecords(name, picture.src);
        canvas.put(asset);
        if (name !== 'unshown') canvas.put(shape);
      }
      canvas.setReportImage({ assetId: report.assetId, w: 1, h: 1, putAt: 1 });
    });
    // A restore point of the board while it showed `inPoint`; then its shape is deleted (tldraw keeps the asset record).
    await relay.storage.addRestorePoint({ id: 'p1', boardId: board.id, takenAt: 1, participantId: null, details: {}, state: await packState(Y.encodeStateAsUpdateV2(client.doc)) });
    await change(() => canvas.remove('shape:inPoint'));

    const t0 = Date.now();
    expect(await cleanUp(t0)).toEqual({ deleted: [], freedBytes: 0 });
    expect(await cleanUp(t0 + graceMs - 1)).toEqual({ deleted: [], freedBytes: 0 });
    const due = await cleanUp(t0 + graceMs);
    expect('deleted' in due && [...due.deleted].sort()).toEqual([unshown.assetId, neverPlaced.assetId].sort());
    expect(due).toMatchObject({ freedBytes: png('unshown').length + png('neverPlaced').length });
    expect((await stored()).sort()).toEqual([shown.assetId, report.assetId, inPoint.assetId].sort());

    // Once no restore point holds it, it goes too (it has been unused for longer than the grace period).
    await relay.storage.deleteRestorePoints(board.id, ['p1']);
    expect(await cleanUp(t0 + graceMs + 1)).toEqual({ deleted: [inPoint.assetId], freedBytes: png('inPoint').length });
    expect((await stored()).sort()).toEqual([shown.assetId, report.assetId].sort());
    client.close();
  });

  it('counts the grace period from the last time the canvas used a picture: one put back by undo, or uploaded again, starts it anew', async () => {
    const { relay, board, lead, client, canvas, change, cleanUp, stored } = await setUp(storage());
    const picture = await upload(relay, board.id, lead.token, png('undone'));
    const { asset, shape } = pictureRecords('undone', picture.src);
    await change(() => {
      canvas.put(asset);
      canvas.put(shape);
    });
    const t0 = Date.now();
    await cleanUp(t0);
    await change(() => canvas.remove(shape.id));
    await cleanUp(t0 + dayMs);
    // Undo: the shape comes back before the period ran out, and is deleted again later.
    await change(() => canvas.put(shape));
    await cleanUp(t0 + 2 * dayMs);
    await change(() => canvas.remove(shape.id));
    await cleanUp(t0 + 3 * dayMs);
    expect(await cleanUp(t0 + dayMs + graceMs)).toEqual({ deleted: [], freedBytes: 0 });
    expect(await stored()).toEqual([picture.assetId]);

    // Dropped again (the same bytes) on a device: a fresh period, though the mark was old enough.
    expect((await upload(relay, board.id, lead.token, png('undone'))).assetId).toBe(picture.assetId);
    expect(await cleanUp(t0 + 3 * dayMs + graceMs)).toEqual({ deleted: [], freedBytes: 0 });
    expect(await cleanUp(t0 + 3 * dayMs + 2 * graceMs)).toEqual({ deleted: [picture.assetId], freedBytes: png('undone').length });
    client.close();
  });

  it("never reads another board's picture as this board's, whatever a shape or asset record names", async () => {
    const { relay, board, lead, client, canvas, change, cleanUp, stored } = await setUp(storage());
    const other = await boardWithTeam(relay, { lead: ['facilitator', 'Ola'] });
    const theirs = await upload(relay, other.board.id, other.lead.token, png('theirs'));
    const ours = await upload(relay, board.id, lead.token, png('ours'));
    await change(() => {
      // Pasted from the other board: the path names that board, so it keeps nothing of this one.
      const pasted = pictureRecords('pasted', theirs.src);
      canvas.put(pasted.asset);
      canvas.put(pasted.shape);
      // A shape naming an asset record that is not there, and one whose assetId is no string.
      canvas.put({ ...pictureRecords('dangling', ours.src).shape, props: { assetId: 'asset:nothing', w: 1, h: 1 } });
      canvas.put({ ...pictureRecords('nested', ours.src).shape, props: { assetId: { nested: { deeper: ours.src } }, w: 1, h: 1 } });
    });
    const t0 = Date.now();
    await cleanUp(t0);
    expect(await cleanUp(t0 + graceMs)).toEqual({ deleted: [ours.assetId], freedBytes: png('ours').length });
    expect(await stored()).toEqual([]);
    expect((await relay.storage.listAssets(other.board.id)).map((picture) => picture.id)).toEqual([theirs.assetId]);
    client.close();
  });
});

describe('the relay sweeping pictures', () => {
  it('deletes at start a picture unused for longer than the grace period, logs it, and keeps the one a shape shows', async () => {
    const { relay, board, lead, client, change, canvas } = await setUp({});
    const [shown, gone] = await Promise.all(['shown', 'gone'].map((name) => upload(relay, board.id, lead.token, png(name))));
    if (!shown || !gone) throw new Error('an upload failed');
    const { asset, shape } = pictureRecords('shown', shown.src);
    await change(() => {
      canvas.put(asset);
      canvas.put(shape);
    });
    client.close();
    // Both marked unused 15 days ago, as sweeps while the relay was up would have left them.
    await relay.storage.markUnusedAssets(board.id, [shown.assetId, gone.assetId], Date.now() - graceMs - dayMs);
    await relay.stop({ keepData: true });

    const again = await startTestRelay({ LOG_LEVEL: 'info' }, relay.dataDir);
    // The sweep at start loads the board's room, so it takes a moment on a loaded machine.
    await expect.poll(async () => (await again.storage.listAssets(board.id)).map((picture) => [picture.id, picture.unusedSince]), { timeout: 20_000 }).toEqual([[shown.assetId, null]]);
    await expect
      .poll(() => again.logLines.map((line) => JSON.parse(line) as { msg: string; boardId?: string; pictures?: number }).find((line) => line.msg.startsWith('canvas pictures deleted')))
      .toMatchObject({ boardId: board.id, pictures: 1 });
  });
});
