import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ApiError, JoinResponse, RestoreBoardResponse, RestorePointPreview, RestorePointsResponse } from '@washup/shared/api';
import { addCard, BoardDoc, boardDocOf, boardDocRules, boardView, narrativeText, readNarrative, type NewCard } from '@washup/shared/board';
import { addRedaction } from '@washup/shared/report';
import { finalVersionMarkKey, finalVersionMarkOf, markFinalVersion } from '@washup/shared/reportFlow';
import { closeCode } from '@washup/shared/sync';
import { waitFor } from './support/providers';
import { refuseInvalidRecords } from '../src/sync/updateGuard';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, storedBoardDoc, type TeamOf, type TestRelay } from './support/relay';
import { newCard } from './support/boardContent';

const startTestRelay = relayPerTest();
const people = { lead: ['facilitator', 'Lee'], host: ['host', 'Hana'], rae: ['reviewer', 'Rae'] } as const;
type Team = TeamOf<keyof typeof people> & { relay: TestRelay; url: string; heading: string };

const card = (observation: string): NewCard => newCard(observation, { authorName: 'Rae' });

const storedBoard = async (relay: TestRelay, boardId: string) => new BoardDoc(await storedBoardDoc(relay, boardId));

async function command(t: Team, who: JoinResponse, body: unknown): Promise<void> {
  const reply = await api<ApiError>(t.relay.url, 'POST', `/api/boards/${t.board.id}/commands`, { token: who.token, body });
  expect(reply.body.error?.message ?? null, JSON.stringify(body)).toBeNull();
}

/** A board whose report has a summary, an estimate and a redaction, made final as version 1 by the host and the Lead Reviewer. */
async function finalReport(): Promise<Team> {
  const relay = await startTestRelay();
  const team = await boardWithTeam(relay, people);
  const url = `${relay.wsUrl}/${team.board.id}`;
  const writer = new RawSyncClient(url, team.lead.token);
  await writer.synced;
  const board = boardDocOf(writer.doc);
  const heading = boardView(board).headings[0]!.heading.id;
  addCard(board, card("Amy's class read aloud"), { kind: 'lane', headingId: heading, lane: 'strengths' });
  narrativeText(writer.doc, 'summary').insert(0, 'Reading is strong.');
  board.put('estimates', { id: heading, point: 'Effective' });
  addRedaction(board, { name: 'Amy', replacement: 'the class teacher' });
  await writer.requestAck().acked;
  writer.close();
  const t = { ...team, relay, url, heading };
  for (const [who, step] of [[team.lead, 'share'], [team.host, 'agree'], [team.lead, 'agree'], [team.lead, 'finalise']] as const) await command(t, who, { type: `report.${step}` });
  return t;
}

/** The close reason of every write to the report's own words while version 1 is final. */
const frozen = /version 1 of the report is final, so nothing was saved: the Lead Reviewer starts version 2 to change it/;

const hostile: Array<{ name: string; write: (doc: Y.Doc, heading: string) => void; refusal: RegExp }> = [
  { name: 'typing in the summary', write: (doc) => narrativeText(doc, 'summary').insert(0, 'Forged: '), refusal: frozen },
  { name: 'deleting words of the summary', write: (doc) => narrativeText(doc, 'summary').delete(0, 8), refusal: frozen },
  { name: "starting a heading's narrative", write: (doc, heading) => narrativeText(doc, `heading:${heading}`).insert(0, 'New words'), refusal: frozen },
  { name: 'an oversized insert', write: (doc) => narrativeText(doc, 'summary').insert(0, 'x'.repeat(20_000)), refusal: frozen },
  {
    name: 'maps nested 40 levels deep in the summary',
    write: (doc) => {
      const outer = new Y.Map<unknown>();
      let inner = outer;
      for (let level = 0; level < 40; level += 1) {
        const next = new Y.Map<unknown>();
        inner.set('inner', next);
        inner = next;
      }
      narrativeText(doc, 'summary').insertEmbed(0, outer);
    },
    refusal: frozen,
  },
  { name: 'a garbage estimate', write: (doc) => doc.getArray('estimates').push([{ key: 'h1', val: 42 }]), refusal: frozen },
  { name: 'changing an estimate', write: (doc, heading) => boardDocOf(doc).put('estimates', { id: heading, point: 'Leading' }), refusal: frozen },
  { name: 'removing an estimate', write: (doc, heading) => boardDocOf(doc).remove('estimates', heading), refusal: frozen },
  { name: 'adding a redaction', write: (doc) => addRedaction(boardDocOf(doc), { name: 'Reading', replacement: 'R' }), refusal: frozen },
  {
    name: 'removing a redaction',
    write: (doc) => boardDocOf(doc).remove('redactions', boardDocOf(doc).list('redactions')[0]!.id),
    refusal: frozen,
  },
  { name: 'an old report text record', write: (doc) => boardDocOf(doc).put('reportTexts', { id: 'summary', text: 'Forged' }), refusal: frozen },
  { name: 'a forged mark', write: (doc) => doc.getMap('meta').set(finalVersionMarkKey, { version: 7 }), refusal: /only the relay marks the report final/ },
  { name: "the mark's deletion", write: (doc) => doc.getMap('meta').delete(finalVersionMarkKey), refusal: /only the relay may replace or delete the report's final mark/ },
];

describe('a final version of the report on the relay', () => {
  for (const write of hostile) {
    for (const who of ['rae', 'lead'] as const) {
      it(`refuses ${write.name} by the ${who === 'lead' ? 'Lead Reviewer' : 'reviewer'}: the socket closes with the reason, nothing is applied, stored or sent on`, async () => {
        const t = await finalReport();
        const bystander = new RawSyncClient(t.url, t.rae.token);
        await bystander.synced;
        const before = Y.encodeStateVector(bystander.doc);
        const attacker = new RawSyncClient(t.url, t[who].token);
        await attacker.synced;
        write.write(attacker.doc, t.heading);
        const closed = await attacker.closed;
        expect(closed.code).toBe(closeCode.policyViolation);
        expect(closed.reason).toMatch(/^refused: /);
        expect(closed.reason).toMatch(write.refusal);

        // The board stays open: a card still goes in, and reaches the bystander after anything sent before it.
        const next = new RawSyncClient(t.url, t.rae.token);
        await next.synced;
        addCard(boardDocOf(next.doc), card('Pupils recommend books'), { kind: 'lane', headingId: t.heading, lane: 'strengths' });
        await next.requestAck().acked;
        await waitFor(() => boardDocOf(bystander.doc).list('cards').length === 2, 5000, 'the card to reach the bystander');
        const received = Y.decodeUpdate(Y.encodeStateAsUpdate(bystander.doc, before));
        expect(new Set(received.structs.map((struct) => struct.id.client))).toEqual(new Set([next.doc.clientID]));
        expect(received.ds.clients.size).toBe(0);
        next.close();
        bystander.close();

        const stored = await storedBoard(t.relay, t.board.id);
        expect(readNarrative(stored, 'summary')).toBe('Reading is strong.');
        expect(stored.get('estimates', t.heading)?.point).toBe('Effective');
        expect(stored.list('redactions').map((redaction) => redaction.name)).toEqual(['Amy']);
        expect(finalVersionMarkOf(stored.doc)).toEqual({ version: 1 });
        expect((await api(t.relay.url, 'GET', '/healthz')).status).toBe(200);
      });
    }
  }

  it('opens the report again when the Lead Reviewer starts version 2, and freezes it again when that is final', async () => {
    const t = await finalReport();
    // Nothing on the board changed: the Lead Reviewer may still start version 2, the only way to change a final version's words.
    await command(t, t.lead, { type: 'report.nextVersion' });
    const client = new RawSyncClient(t.url, t.rae.token);
    await client.synced;
    expect(finalVersionMarkOf(client.doc)).toBeNull();
    narrativeText(client.doc, 'summary').insert(0, 'Overall: ');
    boardDocOf(client.doc).put('estimates', { id: t.heading, point: 'Leading' });
    await client.requestAck().acked;
    client.close();
    let stored = await storedBoard(t.relay, t.board.id);
    expect(readNarrative(stored, 'summary')).toBe('Overall: Reading is strong.');
    expect(finalVersionMarkOf(stored.doc)).toBeNull();

    for (const [who, step] of [[t.lead, 'share'], [t.host, 'agree'], [t.lead, 'agree'], [t.lead, 'finalise']] as const) await command(t, who, { type: `report.${step}` });
    stored = await storedBoard(t.relay, t.board.id);
    expect(finalVersionMarkOf(stored.doc)).toEqual({ version: 2 });
    const late = new RawSyncClient(t.url, t.lead.token);
    await late.synced;
    narrativeText(late.doc, 'summary').insert(0, 'Late: ');
    const closed = await late.closed;
    expect(closed.reason).toMatch(/version 2 of the report is final/);
  });

  it('lets a device drop a duplicate estimate two people wrote at once, which changes nothing, and refuses dropping the last one', () => {
    const relayDoc = new Y.Doc();
    markFinalVersion(relayDoc, 1);
    // Two devices set one heading's estimate before either heard the other: the doc holds two pairs of one key.
    for (const point of ['Effective', 'Leading']) {
      const device = new Y.Doc();
      Y.applyUpdate(device, Y.encodeStateAsUpdate(relayDoc));
      device.getArray('estimates').push([{ key: 'h1', val: { id: 'h1', point } }]);
      Y.applyUpdate(relayDoc, Y.encodeStateAsUpdate(device, Y.encodeStateVector(relayDoc)));
    }
    expect(relayDoc.getArray('estimates').length).toBe(2);
    // A device's update deleting one pair: no new items, only its delete set.
    const deletion = (index: number): Uint8Array => {
      const device = new Y.Doc();
      Y.applyUpdate(device, Y.encodeStateAsUpdate(relayDoc));
      device.getArray('estimates').delete(index, 1);
      return Y.encodeStateAsUpdate(device, Y.encodeStateVector(relayDoc));
    };
    // Settling, as every device does (BoardDoc keeps the rightmost pair): no change to what anyone reads.
    expect(() => refuseInvalidRecords(relayDoc, Y.decodeUpdate(deletion(0)), boardDocRules, { leadReviewer: false })).not.toThrow();
    Y.applyUpdate(relayDoc, deletion(0));
    expect(relayDoc.getArray('estimates').length).toBe(1);
    expect(() => refuseInvalidRecords(relayDoc, Y.decodeUpdate(deletion(0)), boardDocRules, { leadReviewer: true })).toThrow(frozen);
  });

  it("leaves the report's words as they are when the Lead Reviewer restores the board to a point from before, and refuses to restore one of them by itself", async () => {
    const t = await finalReport();
    // The board's first restore point, taken at its first activity: from before the summary, the estimate and the redaction.
    const listed = await api<RestorePointsResponse>(t.relay.url, 'GET', `/api/boards/${t.board.id}/restore-points`, { token: t.lead.token });
    const first = listed.body.points.at(-1)!;
    expect(first.holds.estimates ?? 0).toBe(0);
    // The preview says the same: the board's records only, nothing of the report's words.
    const preview = await api<RestorePointPreview>(t.relay.url, 'GET', `/api/boards/${t.board.id}/restore-points/${first.id}`, { token: t.lead.token });
    expect(preview.body.counts.estimates).toBeUndefined();
    const restore = await api<RestoreBoardResponse>(t.relay.url, 'POST', `/api/boards/${t.board.id}/restore-points/${first.id}/restore`, { token: t.lead.token, body: { confirmed: true } });
    expect(restore.status).toBe(200);
    expect(restore.body.reportWordsLeft).toBe(true);
    expect(restore.body.counts.estimates).toBeUndefined();
    expect(restore.body.counts.redactions).toBeUndefined();
    const stored = await storedBoard(t.relay, t.board.id);
    expect(readNarrative(stored, 'summary')).toBe('Reading is strong.');
    expect(stored.list('estimates')).toEqual([{ id: t.heading, point: 'Effective' }]);
    expect(stored.list('redactions')).toHaveLength(1);
    // One record of the report's words from a point (the one taken just before the restore holds the estimate) is refused while final.
    const one = await api<ApiError>(t.relay.url, 'POST', `/api/boards/${t.board.id}/restore-points/${restore.body.beforeRestorePointId}/records`, {
      token: t.lead.token,
      body: { collection: 'estimates', id: t.heading },
    });
    expect(one.status).toBe(409);
    expect(one.body.error?.message).toMatch(frozen);
  });
});

