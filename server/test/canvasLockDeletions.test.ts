import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { canvasDocOf, canvasMetaKeys, canvasRoots, type CanvasRecord } from '@washup/shared/canvas';
import { closeCode, messageType } from '@washup/shared/sync';
import { RawSyncClient } from './support/rawClient';
import { createBoard, join, relayPerTest, storedBoardDoc, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

const note = (id: string): CanvasRecord => ({ id, typeName: 'shape', type: 'note', x: 10, y: 20, props: { color: 'yellow' }, meta: {} });

async function lockedBoardWithNotes(relay: TestRelay, lock: boolean) {
  const board = await createBoard(relay.url);
  const lead = await join(relay.url, board, 'facilitator', 'Lee');
  const reviewer = await join(relay.url, board, 'reviewer', 'Rae');
  const observer = await join(relay.url, board, 'observer', 'Olu');
  const host = await join(relay.url, board, 'host', 'Hana');
  const url = `${relay.wsUrl}/${board.id}`;
  const leadClient = new RawSyncClient(url, lead.token);
  await leadClient.synced;
  const canvas = canvasDocOf(leadClient.doc);
  canvas.transact(() => {
    canvas.put(note('shape:a'));
    canvas.put(note('shape:b'));
    canvas.setLocked(lock);
  });
  await leadClient.requestAck().acked;
  return { board, lead: leadClient, reviewer, observer, host, url };
}

async function storedCanvas(relay: TestRelay, boardId: string) {
  return canvasDocOf(await storedBoardDoc(relay, boardId));
}

/** A sync update frame carrying no items and only `ranges` in its delete set, as a hand-made client could send. */
function deleteOnlyFrame(ranges: Array<{ client: number; clock: number; len: number }>): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 0);
  const byClient = new Map<number, Array<{ clock: number; len: number }>>();
  for (const { client, ...range } of ranges) byClient.set(client, [...(byClient.get(client) ?? []), range]);
  encoding.writeVarUint(update, byClient.size);
  for (const [client, own] of byClient) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, own.length);
    for (const { clock, len } of own) {
      encoding.writeVarUint(update, clock);
      encoding.writeVarUint(update, len);
    }
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, messageType.sync);
  syncProtocol.writeUpdate(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** Where the stored pair of a canvas record sits in the doc, for a crafted delete set aimed at it. */
function idOfPair(doc: Y.Doc, key: string): Y.ID {
  for (let item = doc.getArray(canvasRoots.records)._start; item !== null; item = item.right) {
    if (!item.deleted && item.content.getContent().some((pair) => (pair as { key?: unknown }).key === key)) return item.id;
  }
  throw new Error(`no pair of ${key}`);
}

describe('deleting on a locked canvas', () => {
  it("refuses a reviewer's deletion of a shape while locked, with the reason; both shapes stay stored", async () => {
    const relay = await startTestRelay();
    const team = await lockedBoardWithNotes(relay, true);
    const reviewer = new RawSyncClient(team.url, team.reviewer.token);
    await reviewer.synced;
    canvasDocOf(reviewer.doc).transact(() => canvasDocOf(reviewer.doc).remove('shape:a'));
    expect(await reviewer.closed).toMatchObject({ code: closeCode.policyViolation, reason: 'refused: the Lead Reviewer has locked the canvas; nothing was deleted' });
    const stored = await storedCanvas(relay, team.board.id);
    expect(stored.list().map((record) => record.id).sort()).toEqual(['shape:a', 'shape:b']);
    expect(stored.locked).toBe(true);
    team.lead.close();
  });

  it('refuses a crafted delete-only update aimed at one stored pair, and one that deletes the lock', async () => {
    const relay = await startTestRelay();
    const team = await lockedBoardWithNotes(relay, true);
    const target = idOfPair(team.lead.doc, 'shape:b');
    const crafted = new RawSyncClient(team.url, team.reviewer.token);
    await crafted.synced;
    crafted.send(deleteOnlyFrame([{ client: target.client, clock: target.clock, len: 1 }]));
    expect(await crafted.closed).toMatchObject({ code: closeCode.policyViolation, reason: 'refused: the Lead Reviewer has locked the canvas; nothing was deleted' });

    const unlocker = new RawSyncClient(team.url, team.reviewer.token);
    await unlocker.synced;
    unlocker.doc.getMap(canvasRoots.meta).delete(canvasMetaKeys.lock);
    expect(await unlocker.closed).toMatchObject({ code: closeCode.policyViolation, reason: 'refused: only the Lead Reviewer locks or unlocks the canvas' });

    const stored = await storedCanvas(relay, team.board.id);
    expect(stored.list()).toHaveLength(2);
    expect(stored.locked).toBe(true);
    team.lead.close();
  });

  it('survives delete sets that are garbage, oversized or aimed past what the doc holds', async () => {
    const relay = await startTestRelay();
    const team = await lockedBoardWithNotes(relay, true);
    // Clients no device has written as (the relay writes the narrative's state as client 1: see narrativeMigrationClient).
    const ranges = Array.from({ length: 2_000 }, (_, index) => ({ client: 2 ** 20 + index, clock: 0, len: 2 ** 30 }));
    const oversized = new RawSyncClient(team.url, team.reviewer.token);
    await oversized.synced;
    oversized.send(deleteOnlyFrame(ranges));
    // Nothing these clients know is deleted: the relay applies nothing and acknowledges as usual.
    await oversized.requestAck().acked;
    oversized.send(deleteOnlyFrame([{ client: 2 ** 31, clock: 2 ** 40, len: 1 }]));
    await oversized.requestAck().acked;
    oversized.send(Uint8Array.of(messageType.sync, 2, 5, 0, 255, 255, 255, 255));
    const closed = await oversized.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toMatch(/update does not decode|refused/);

    const stored = await storedCanvas(relay, team.board.id);
    expect(stored.list()).toHaveLength(2);
    team.lead.close();
  });

  it('lets the Lead Reviewer delete while locked, and a reviewer once it is unlocked', async () => {
    const relay = await startTestRelay();
    const team = await lockedBoardWithNotes(relay, true);
    canvasDocOf(team.lead.doc).transact(() => canvasDocOf(team.lead.doc).remove('shape:a'));
    await team.lead.requestAck().acked;
    canvasDocOf(team.lead.doc).transact(() => canvasDocOf(team.lead.doc).setLocked(false));
    await team.lead.requestAck().acked;

    const reviewer = new RawSyncClient(team.url, team.reviewer.token);
    await reviewer.synced;
    canvasDocOf(reviewer.doc).transact(() => canvasDocOf(reviewer.doc).remove('shape:b'));
    await reviewer.requestAck().acked;
    const stored = await storedCanvas(relay, team.board.id);
    expect(stored.list()).toEqual([]);
    team.lead.close();
    reviewer.close();
  });

  for (const role of ['observer', 'host'] as const) {
    it(`refuses the ${role}'s deletion of a shape on an unlocked canvas as read-only`, async () => {
      const relay = await startTestRelay();
      const team = await lockedBoardWithNotes(relay, false);
      const reader = new RawSyncClient(team.url, team[role].token);
      await reader.synced;
      canvasDocOf(reader.doc).transact(() => canvasDocOf(reader.doc).remove('shape:a'));
      expect((await reader.closed).code).toBe(closeCode.readOnly);
      const stored = await storedCanvas(relay, team.board.id);
      expect(stored.list()).toHaveLength(2);
      team.lead.close();
    });
  }
});
