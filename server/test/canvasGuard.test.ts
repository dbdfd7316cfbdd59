import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canvasDocOf, canvasRoots, cardShapeId, laneFrameId, type CanvasRecord } from '@washup/shared/canvas';
import { closeCode } from '@washup/shared/sync';
import { RawSyncClient } from './support/rawClient';
import { createBoard, join, relayPerTest, storedBoardDoc, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

const note: CanvasRecord = {
  id: 'shape:note1',
  typeName: 'shape',
  type: 'note',
  x: 10,
  y: 20,
  props: { color: 'yellow', richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ask about reading' }] }] } },
  meta: {},
};

/** Pushes one raw `{ key, val }` pair into the canvas collection, as a hand-made client could. */
const pushRaw = (entry: unknown) => (doc: Y.Doc) => doc.getArray<unknown>(canvasRoots.records).push([entry]);
const deeplyNested = (levels: number): unknown => (levels === 0 ? 'bottom' : { inner: deeplyNested(levels - 1) });

const hostile: Array<{ name: string; write: (doc: Y.Doc) => void; refusal: RegExp }> = [
  { name: 'a number where an entry goes', write: pushRaw(42), refusal: /an entry of the canvas is not a \{ key, val \} entry/ },
  { name: 'a record stored under another id', write: pushRaw({ key: 'shape:other', val: { record: note } }), refusal: /canvas record shape:other is stored under another id/ },
  { name: 'a record with no type name', write: pushRaw({ key: 'shape:x', val: { record: { id: 'shape:x' } } }), refusal: /canvas record shape:x record\.typeName/ },
  { name: 'an asset that is no picture', write: pushRaw({ key: 'asset:pic', val: { record: { id: 'asset:pic', typeName: 'asset' } } }), refusal: /canvas record asset:pic .*is no image asset/ },
  {
    name: 'a picture inside the doc as a data: URL',
    write: pushRaw({ key: 'asset:inline', val: { record: { id: 'asset:inline', typeName: 'asset', type: 'image', props: { src: `data:image/png;base64,${'A'.repeat(1000)}` } } } }),
    refusal: /canvas record asset:inline .*is a picture not stored by the board's relay/,
  },
  {
    name: 'a picture from another site',
    write: pushRaw({ key: 'asset:far', val: { record: { id: 'asset:far', typeName: 'asset', type: 'image', props: { src: 'https://example.com/tracker.png' } } } }),
    refusal: /canvas record asset:far .*is a picture not stored by the board's relay/,
  },
  {
    name: 'an oversized record',
    write: pushRaw({ key: 'shape:big', val: { record: { ...note, id: 'shape:big', props: { text: 'x'.repeat(200_000) } } } }),
    refusal: /canvas record shape:big is \d+ characters, over the 131072 limit/,
  },
  {
    name: 'a record nested 12 levels deep',
    write: pushRaw({ key: 'shape:deep', val: { record: { ...note, id: 'shape:deep', props: deeplyNested(12) } } }),
    refusal: /canvas record shape:deep nests deeper than 10 levels/,
  },
  {
    name: 'a card shape with words of its own',
    write: (doc) => canvasDocOf(doc).put({ id: cardShapeId('c1'), typeName: 'shape', type: 'washup-card', x: 0, y: 0, props: { cardId: 'c1', w: 220, h: 132, text: 'forged' } }),
    refusal: /is no card shape/,
  },
  {
    name: "a card shape that is not its card's one shape",
    write: (doc) => canvasDocOf(doc).put({ id: 'shape:second', typeName: 'shape', type: 'washup-card', x: 0, y: 0, props: { cardId: 'c1', w: 220, h: 132 } }),
    refusal: /is not its card's one shape/,
  },
  {
    name: 'a lane frame naming a lane that does not exist',
    write: (doc) => canvasDocOf(doc).put({ id: laneFrameId('h1', 'strengths'), typeName: 'shape', type: 'frame', x: 0, y: 0, props: {}, meta: { washupLane: { headingId: 'h1', lane: 'sideways' } } }),
    refusal: /is no lane frame/,
  },
  { name: 'an unknown canvas setting', write: (doc) => doc.getMap(canvasRoots.meta).set('owner', 'me'), refusal: /the canvas settings hold no "owner"/ },
  { name: 'a lock that is not a lock', write: (doc) => doc.getMap(canvasRoots.meta).set('lock', { locked: 'yes' }), refusal: /the canvas lock fails its schema/ },
  { name: 'a nested shared type among the canvas records', write: (doc) => doc.getArray(canvasRoots.records).push([new Y.Map()]), refusal: /a nested shared type/ },
];

async function boardWithTeam(relay: TestRelay) {
  const board = await createBoard(relay.url);
  const reviewer = await join(relay.url, board, 'reviewer', 'Rae');
  const observer = await join(relay.url, board, 'observer', 'Olu');
  const host = await join(relay.url, board, 'host', 'Hana');
  return { board, reviewer, observer, host, url: `${relay.wsUrl}/${board.id}` };
}

async function storedCanvas(relay: TestRelay, boardId: string) {
  return canvasDocOf(await storedBoardDoc(relay, boardId));
}

describe('the canvas in the board doc', () => {
  it("stores a reviewer's canvas records and its tldraw schema, acknowledged like any board write", async () => {
    const relay = await startTestRelay();
    const { board, reviewer, url } = await boardWithTeam(relay);
    const client = new RawSyncClient(url, reviewer.token);
    await client.synced;
    const canvas = canvasDocOf(client.doc);
    canvas.transact(() => {
      canvas.setSchema({ schemaVersion: 2, sequences: { 'com.tldraw.shape.note': 9 } });
      canvas.put(note);
      canvas.put({ id: cardShapeId('c1'), typeName: 'shape', type: 'washup-card', parentId: laneFrameId('h1', 'strengths'), x: 24, y: 24, props: { cardId: 'c1', w: 220, h: 132 } });
      canvas.put({ id: laneFrameId('h1', 'strengths'), typeName: 'shape', type: 'frame', x: 0, y: 0, props: { w: 756, h: 648, name: 'Leadership · What went well' }, meta: { washupLane: { headingId: 'h1', lane: 'strengths' } } });
    });
    await client.requestAck().acked;
    const stored = await storedCanvas(relay, board.id);
    expect(stored.unreadable()).toEqual([]);
    expect(stored.list().map((record) => record.id).sort()).toEqual([laneFrameId('h1', 'strengths'), cardShapeId('c1'), 'shape:note1'].sort());
    expect(stored.schema()).toEqual({ ok: true, schema: { schemaVersion: 2, sequences: { 'com.tldraw.shape.note': 9 } } });
    expect(stored.locked).toBe(false);
    client.close();
  });

  it("lets only the Lead Reviewer lock the canvas, and refuses others' canvas writes while it is locked", async () => {
    const relay = await startTestRelay();
    const { board, reviewer, url } = await boardWithTeam(relay);
    const lead = await join(relay.url, board, 'facilitator', 'Lee');

    const forger = new RawSyncClient(url, reviewer.token);
    await forger.synced;
    canvasDocOf(forger.doc).transact(() => canvasDocOf(forger.doc).setLocked(true));
    expect(await forger.closed).toMatchObject({ code: closeCode.policyViolation, reason: 'refused: only the Lead Reviewer locks or unlocks the canvas' });

    const leadClient = new RawSyncClient(url, lead.token);
    await leadClient.synced;
    canvasDocOf(leadClient.doc).transact(() => canvasDocOf(leadClient.doc).setLocked(true));
    await leadClient.requestAck().acked;

    const locked = new RawSyncClient(url, reviewer.token);
    await locked.synced;
    canvasDocOf(locked.doc).put(note);
    expect(await locked.closed).toMatchObject({ code: closeCode.policyViolation, reason: 'refused: the Lead Reviewer has locked the canvas' });

    // The Lead Reviewer still draws while it is locked, and unlocks it for everyone.
    canvasDocOf(leadClient.doc).put(note);
    canvasDocOf(leadClient.doc).transact(() => canvasDocOf(leadClient.doc).setLocked(false));
    await leadClient.requestAck().acked;
    const unlocked = new RawSyncClient(url, reviewer.token);
    await unlocked.synced;
    canvasDocOf(unlocked.doc).put({ ...note, x: 50 });
    await unlocked.requestAck().acked;
    const stored = await storedCanvas(relay, board.id);
    expect(stored.locked).toBe(false);
    expect(stored.list()).toEqual([{ ...note, x: 50 }]);
    leadClient.close();
    unlocked.close();
  });

  for (const write of hostile) {
    it(`refuses ${write.name}: the socket closes with the reason, and nothing is stored`, async () => {
      const relay = await startTestRelay();
      const { board, reviewer, url } = await boardWithTeam(relay);
      const attacker = new RawSyncClient(url, reviewer.token);
      await attacker.synced;
      write.write(attacker.doc);
      const closed = await attacker.closed;
      expect(closed.code).toBe(closeCode.policyViolation);
      expect(closed.reason).toMatch(/^refused: /);
      expect(closed.reason).toMatch(write.refusal);
      const stored = await storedCanvas(relay, board.id);
      expect(stored.list()).toEqual([]);
      expect(stored.unreadable()).toEqual([]);
    });
  }

  for (const role of ['observer', 'host'] as const) {
    it(`refuses a well-formed canvas write from the ${role} (read-only) and keeps the stored shape where it was`, async () => {
      const relay = await startTestRelay();
      const team = await boardWithTeam(relay);
      const writer = new RawSyncClient(team.url, team.reviewer.token);
      await writer.synced;
      canvasDocOf(writer.doc).put(note);
      await writer.requestAck().acked;
      writer.close();

      const reader = new RawSyncClient(team.url, team[role].token);
      await reader.synced;
      canvasDocOf(reader.doc).put({ ...note, x: 9_999 });
      const closed = await reader.closed;
      expect(closed.code).toBe(closeCode.readOnly);
      const stored = await storedCanvas(relay, team.board.id);
      expect(stored.list()).toEqual([note]);
    });
  }

  it("refuses a canvas in a participant's private doc", async () => {
    const relay = await startTestRelay();
    const { board, reviewer } = await boardWithTeam(relay);
    const privateDoc = new RawSyncClient(`${relay.wsUrl}/${board.id}/private/${reviewer.participantId}`, reviewer.token);
    await privateDoc.synced;
    canvasDocOf(privateDoc.doc).put(note);
    const closed = await privateDoc.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toContain('a private doc holds no canvas');
  });
});
