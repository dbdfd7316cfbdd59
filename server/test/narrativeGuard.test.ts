import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc, narrativeInTexts, narrativeStateKey, narrativeText, readNarrative } from '@washup/shared/board';
import { closeCode } from '@washup/shared/sync';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { boardWithTeam, relayPerTest, storedBoardDoc, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();
const people = { lead: ['facilitator', 'Lee'], rae: ['reviewer', 'Rae'], sam: ['reviewer', 'Sam'], host: ['host', 'Hana'], olu: ['observer', 'Olu'] } as const;

const storedBoard = async (relay: TestRelay, boardId: string) => new BoardDoc(await storedBoardDoc(relay, boardId));

const summary = (doc: Y.Doc) => narrativeText(doc, 'summary');
const deeplyNested = (levels: number): Y.Map<unknown> => {
  const outer = new Y.Map<unknown>();
  let inner = outer;
  for (let level = 0; level < levels; level += 1) {
    const next = new Y.Map<unknown>();
    inner.set('inner', next);
    inner = next;
  }
  return outer;
};

const hostile: Array<{ name: string; write: (doc: Y.Doc) => void; refusal: RegExp }> = [
  { name: 'a map inside a part', write: (doc) => summary(doc).insertEmbed(0, new Y.Map()), refusal: /the narrative is plain text: no formatting, embeds or nested types/ },
  { name: 'maps nested 40 deep inside a part', write: (doc) => summary(doc).insertEmbed(0, deeplyNested(40)), refusal: /the narrative is plain text/ },
  { name: 'an embed', write: (doc) => summary(doc).insertEmbed(0, { image: 'https://example.org/x.png' }), refusal: /the narrative is plain text/ },
  { name: 'formatting', write: (doc) => summary(doc).insert(0, 'Bold claim', { bold: true }), refusal: /the narrative is plain text/ },
  { name: 'a part the report does not have', write: (doc) => doc.getText('narrative:appendix').insert(0, 'Smuggled in'), refusal: /the narrative has no part "narrative:appendix"/ },
  { name: 'a part written as a map', write: (doc) => doc.getMap('narrative:summary').set('text', 'x'), refusal: /a part of the narrative is a text, not a map/ },
  { name: 'an oversized insert', write: (doc) => summary(doc).insert(0, 'x'.repeat(10_001)), refusal: /holds at most 10000 characters \(this write makes it 10001\)/ },
  {
    name: 'an update adding more than the narrative takes at once',
    write: (doc) =>
      doc.transact(() => {
        for (const part of ['dates', 'team', 'hostLeaders', 'context', 'summary', 'heading:h1'] as const) narrativeText(doc, part).insert(0, 'x'.repeat(9_000));
      }),
    refusal: /one write adds at most 50000 characters to the narrative \(this one adds 54000\)/,
  },
  { name: "a forged narrative state", write: (doc) => doc.getMap('meta').set(narrativeStateKey, { fromRecords: true }), refusal: /only the relay moves the narrative into its texts/ },
  { name: "the narrative state's deletion", write: (doc) => doc.getMap('meta').delete(narrativeStateKey), refusal: /only the relay may replace or delete the narrative's state/ },
];

describe("the report's narrative, written together", () => {
  it('merges two reviewers typing in the same paragraph at once, character by character, and stores both', async () => {
    const relay = await startTestRelay();
    const { board, rae, sam } = await boardWithTeam(relay, people);
    const url = `${relay.wsUrl}/${board.id}`;
    const first = new RawSyncClient(url, rae.token);
    await first.synced;
    summary(first.doc).insert(0, 'Reading is strong.');
    await first.requestAck().acked;
    const second = new RawSyncClient(url, sam.token);
    await second.synced;
    expect(summary(second.doc).toString()).toBe('Reading is strong.');

    // Both type at the same place before either hears the other.
    const at = 'Reading is strong'.length;
    first.socket.pause();
    second.socket.pause();
    summary(first.doc).insert(at, ' across the school');
    summary(second.doc).insert(at, ' in every year');
    first.socket.resume();
    second.socket.resume();
    const merged = (doc: Y.Doc) => summary(doc).toString();
    await waitFor(() => merged(first.doc) === merged(second.doc) && merged(first.doc).length === 'Reading is strong.'.length + 32, 5000, 'both edits to merge');
    expect(merged(first.doc)).toContain(' across the school');
    expect(merged(first.doc)).toContain(' in every year');
    await first.requestAck().acked;
    await second.requestAck().acked;
    const stored = await storedBoard(relay, board.id);
    expect(readNarrative(stored, 'summary')).toBe(merged(first.doc));
    first.close();
    second.close();
  });

  it("moves an old board's report texts into the narrative once, when the relay loads it", async () => {
    const relay = await startTestRelay();
    const { board, rae } = await boardWithTeam(relay, people);
    await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to unload');
    const before = await storedBoard(relay, board.id);
    const old = new Y.Doc();
    Y.applyUpdate(old, Y.encodeStateAsUpdate(before.doc));
    // The board as one stored before the narrative had texts: no state saying it moved, a report text record.
    old.getMap('meta').delete(narrativeStateKey);
    new BoardDoc(old).put('reportTexts', { id: 'summary', text: 'The school knows itself well.' });
    await relay.storage.appendUpdates([{ docName: board.id, update: Y.encodeStateAsUpdate(old, Y.encodeStateVector(before.doc)) }]);

    const client = new RawSyncClient(`${relay.wsUrl}/${board.id}`, rae.token);
    await client.synced;
    expect(summary(client.doc).toString()).toBe('The school knows itself well.');
    summary(client.doc).insert(0, 'Overall: ');
    await client.requestAck().acked;
    client.close();
    await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to unload');

    // Loaded again: the text is not copied a second time.
    const again = new RawSyncClient(`${relay.wsUrl}/${board.id}`, rae.token);
    await again.synced;
    expect(summary(again.doc).toString()).toBe('Overall: The school knows itself well.');
    again.close();
    const stored = await storedBoard(relay, board.id);
    expect(readNarrative(stored, 'summary')).toBe('Overall: The school knows itself well.');
    // The record stays, for restore points from before.
    expect(stored.get('reportTexts', 'summary')?.text).toBe('The school knows itself well.');
  });

  for (const write of hostile) {
    it(`refuses ${write.name}: the socket closes with the reason, the relay goes on and nothing is stored`, async () => {
      const relay = await startTestRelay();
      const { board, rae } = await boardWithTeam(relay, people);
      const url = `${relay.wsUrl}/${board.id}`;
      const attacker = new RawSyncClient(url, rae.token);
      await attacker.synced;
      write.write(attacker.doc);
      const closed = await attacker.closed;
      expect(closed.code).toBe(closeCode.policyViolation);
      expect(closed.reason).toMatch(/^refused: /);
      expect(closed.reason).toMatch(write.refusal);

      const next = new RawSyncClient(url, rae.token);
      await next.synced;
      summary(next.doc).insert(0, 'Still writing.');
      await next.requestAck().acked;
      next.close();
      const stored = await storedBoard(relay, board.id);
      expect(readNarrative(stored, 'summary')).toBe('Still writing.');
      expect(narrativeInTexts(stored.doc)).toBe(true);
    });
  }

  it('takes a part of exactly the size limit, and an edit that replaces it whole', async () => {
    const relay = await startTestRelay();
    const { board, rae } = await boardWithTeam(relay, people);
    const client = new RawSyncClient(`${relay.wsUrl}/${board.id}`, rae.token);
    await client.synced;
    summary(client.doc).insert(0, 'a'.repeat(10_000));
    await client.requestAck().acked;
    client.doc.transact(() => {
      summary(client.doc).delete(0, 10_000);
      summary(client.doc).insert(0, 'b'.repeat(10_000));
    });
    await client.requestAck().acked;
    client.close();
    expect(readNarrative(await storedBoard(relay, board.id), 'summary')).toBe('b'.repeat(10_000));
  });

  for (const role of ['host', 'olu'] as const) {
    it(`refuses typing from the ${role === 'host' ? 'host' : 'observer'}, who reads the report`, async () => {
      const relay = await startTestRelay();
      const team = await boardWithTeam(relay, people);
      const reader = new RawSyncClient(`${relay.wsUrl}/${team.board.id}`, team[role].token);
      await reader.synced;
      summary(reader.doc).insert(0, 'Forged words');
      expect((await reader.closed).code).toBe(closeCode.readOnly);
      expect(readNarrative(await storedBoard(relay, team.board.id), 'summary')).toBe('');
    });
  }

  it("refuses the narrative in a participant's private doc", async () => {
    const relay = await startTestRelay();
    const { board, rae } = await boardWithTeam(relay, people);
    const privateDoc = new RawSyncClient(`${relay.wsUrl}/${board.id}/private/${rae.participantId}`, rae.token);
    await privateDoc.synced;
    summary(privateDoc.doc).insert(0, 'Mine');
    const closed = await privateDoc.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toContain('a private doc holds no narrative');
  });
});
