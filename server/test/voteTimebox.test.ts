import { describe, expect, it } from 'vitest';
import type { ApiError, CreateBoardResponse, JoinResponse } from '@washup/shared/api';
import { presentationEntry, RelayDoc, timeboxEntry, votesEntry } from '@washup/shared/relayDoc';
import { timerExpiresAt } from '@washup/shared/session';
import { seedThemes } from './support/boardContent';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, boardWithTeam, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

interface Team {
  relay: TestRelay;
  board: CreateBoardResponse;
  lead: JoinResponse;
  ana: JoinResponse;
}

/** The shortest timebox there is: ten seconds, a last call. */
const lastCall = { type: 'timebox.start', label: 'Vote closes', minutes: 0, seconds: 10 };
/** How long the relay may take past the timebox's end to close the vote, on a loaded machine. */
const closeWithinMs = 15_000;

function send(team: Pick<Team, 'relay' | 'board'>, token: string, body: unknown) {
  return api<{ ok: boolean; result: { roundId?: string } | null } & ApiError>(team.relay.url, 'POST', `/api/boards/${team.board.id}/commands`, { token, body });
}

function cast(team: Team, voter: JoinResponse, body: unknown) {
  return api<ApiError>(team.relay.url, 'POST', `/api/boards/${team.board.id}/ballots`, { token: voter.token, body });
}

async function watchRelayDoc(team: Pick<Team, 'relay' | 'board' | 'ana'>) {
  const client = new RawSyncClient(`${team.relay.wsUrl}/${team.board.id}/session`, team.ana.token);
  await client.synced;
  return { client, relayDoc: new RelayDoc(client.doc) };
}

/** A board with two themes in one lane and an open vote on them. */
async function openVote(relay: TestRelay): Promise<Team & { roundId: string; themeIds: string[] }> {
  const team = await boardWithTeam(relay, { lead: ['facilitator', 'Lead'], ana: ['reviewer', 'Ana'] });
  const writer = new RawSyncClient(`${relay.wsUrl}/${team.board.id}`, team.ana.token);
  await writer.synced;
  const themeIds = await seedThemes(writer, 2, ['strengths']);
  writer.close();
  const opened = await send(team, team.lead.token, { type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['strengths'] } });
  expect(opened.body.error?.message ?? null).toBeNull();
  return { ...team, roundId: opened.body.result!.roundId!, themeIds };
}

const roundOf = (relayDoc: RelayDoc, roundId: string) => relayDoc.read(votesEntry)?.rounds.find((entry) => entry.round.id === roundId);

describe('a vote closes itself at the end of its timebox', () => {
  it('on the relay clock: closed by the timebox, results published, everyone brought to them, no ballot after', async () => {
    const team = await openVote(await startTestRelay());
    const { client, relayDoc } = await watchRelayDoc(team);
    expect((await cast(team, team.ana, { roundId: team.roundId, allocations: { strengths: { [team.themeIds[0]!]: 1 } } })).status).toBe(200);
    expect((await send(team, team.lead.token, { ...lastCall, roundId: team.roundId })).status).toBe(200);
    await waitFor(() => relayDoc.read(timeboxEntry)?.roundId === team.roundId, 5000, 'the timebox');
    const timebox = relayDoc.read(timeboxEntry)!;
    const endsAt = timerExpiresAt(timebox.timer)!;
    const serialBefore = relayDoc.read(presentationEntry)?.serial ?? 0;
    expect(roundOf(relayDoc, team.roundId)?.round.status).toBe('open');

    await waitFor(() => roundOf(relayDoc, team.roundId)?.round.status === 'revealed', endsAt - Date.now() + closeWithinMs, 'the close at the end of the timebox');
    const { round, tally } = roundOf(relayDoc, team.roundId)!;
    expect(round.closedBy).toEqual({ kind: 'timebox', timeboxId: timebox.id });
    expect(round.closedAt).toBeGreaterThanOrEqual(endsAt);
    expect(round.revealedAt).toBe(round.closedAt);
    expect(tally?.lanes.strengths?.ranked[0]).toMatchObject({ optionId: team.themeIds[0], votes: 1 });
    // In the same relay step: the timebox ends where the vote closed, and every following device goes to the results.
    expect(relayDoc.read(timeboxEntry)?.endedAt).toBe(round.closedAt);
    expect(relayDoc.read(presentationEntry)).toMatchObject({ view: 'vote', roundId: team.roundId, serial: serialBefore + 1, presentedBy: team.lead.participantId });

    const late = await cast(team, team.ana, { roundId: team.roundId, allocations: { strengths: { [team.themeIds[1]!]: 1 } } });
    expect([late.status, late.body.error.code]).toEqual([409, 'round_not_open']);
    // Nobody closes it again, the Lead included.
    const again = await send(team, team.lead.token, { type: 'vote.close', roundId: team.roundId });
    expect([again.status, again.body.error.code]).toEqual([409, 'round_not_open']);
    client.close();
  });

  it('leaves alone a round the Lead closed by hand, a timebox stopped or paused, and waits for a minute added', async () => {
    const relay = await startTestRelay();
    // Four boards at once, so one wait covers all four.
    const [byHand, stopped, paused, extended] = await Promise.all([openVote(relay), openVote(relay), openVote(relay), openVote(relay)]);
    const all = [byHand, stopped, paused, extended];
    const watched = await Promise.all(all.map(watchRelayDoc));
    for (const team of all) expect((await send(team, team.lead.token, { ...lastCall, roundId: team.roundId })).status).toBe(200);
    await Promise.all(watched.map(({ relayDoc }) => waitFor(() => relayDoc.read(timeboxEntry) !== undefined, 5000, 'the timeboxes')));
    const endsAt = Math.max(...watched.map(({ relayDoc }) => timerExpiresAt(relayDoc.read(timeboxEntry)!.timer)!));

    expect((await send(byHand, byHand.lead.token, { type: 'vote.close', roundId: byHand.roundId })).status).toBe(200);
    expect((await send(stopped, stopped.lead.token, { type: 'timebox.end' })).status).toBe(200);
    expect((await send(paused, paused.lead.token, { type: 'timebox.pause' })).status).toBe(200);
    expect((await send(extended, extended.lead.token, { type: 'timebox.addMinute' })).status).toBe(200);
    const [handDoc, stoppedDoc, pausedDoc, extendedDoc] = watched.map(({ relayDoc }) => relayDoc) as [RelayDoc, RelayDoc, RelayDoc, RelayDoc];
    await waitFor(() => roundOf(handDoc, byHand.roundId)?.round.status === 'closed', 5000, 'the close by hand');
    const closedByHand = roundOf(handDoc, byHand.roundId)!.round;

    // Past the first end (and the relay's wake-up for it): a real wait on the relay's clock.
    await waitFor(() => Date.now() > endsAt + 1_000, endsAt - Date.now() + 5_000, 'the timeboxes to run out');
    const stillDue = await send(extended, extended.lead.token, { type: 'timebox.takeMinute' });
    // Taking the minute back ends it now, and the relay closes the vote at once.
    expect(stillDue.status).toBe(200);
    await waitFor(() => roundOf(extendedDoc, extended.roundId)?.round.status === 'revealed', closeWithinMs, 'the close after the minute was taken');
    expect(roundOf(extendedDoc, extended.roundId)?.round.closedBy?.kind).toBe('timebox');

    expect(roundOf(handDoc, byHand.roundId)?.round).toEqual(closedByHand);
    expect(closedByHand.closedBy).toEqual({ kind: 'person', participantId: byHand.lead.participantId });
    expect(roundOf(stoppedDoc, stopped.roundId)?.round.status).toBe('open');
    expect(roundOf(pausedDoc, paused.roundId)?.round.status).toBe('open');
    expect(handDoc.read(presentationEntry)).toBeUndefined();
    for (const { client } of watched) client.close();
  });

  it('closes a round whose time ran out while the relay was down, as soon as the relay loads the board again', async () => {
    const first = await startTestRelay();
    const team = await openVote(first);
    expect((await send(team, team.lead.token, { ...lastCall, roundId: team.roundId })).status).toBe(200);
    const { client, relayDoc } = await watchRelayDoc(team);
    await waitFor(() => relayDoc.read(timeboxEntry)?.roundId === team.roundId, 5000, 'the timebox');
    const endsAt = timerExpiresAt(relayDoc.read(timeboxEntry)!.timer)!;
    client.close();
    await first.stop({ keepData: true });
    // The relay went down before the timebox's end, with the round still open.
    expect(Date.now()).toBeLessThan(endsAt);

    await waitFor(() => Date.now() > endsAt, endsAt - Date.now() + 5_000, 'the timebox to run out while the relay is down');
    const second = await startTestRelay({}, first.dataDir);
    const back = await watchRelayDoc({ ...team, relay: second });
    await waitFor(() => roundOf(back.relayDoc, team.roundId)?.round.status === 'revealed', closeWithinMs, 'the close on loading');
    const round = roundOf(back.relayDoc, team.roundId)!.round;
    expect(round.closedBy?.kind).toBe('timebox');
    expect(round.closedAt).toBeGreaterThan(endsAt);
    expect(back.relayDoc.read(presentationEntry)).toMatchObject({ view: 'vote', roundId: team.roundId });
    back.client.close();
  });

  it('refuses a timebox with a garbage, oversized, nested or too short length with 400 and a message', async () => {
    const team = await openVote(await startTestRelay());
    for (const seconds of [-1, 60, 0.5, '10', null, { nested: JSON.parse('[' .repeat(200) + ']'.repeat(200)) as unknown }, 1e308, 'x'.repeat(100_000)]) {
      const reply = await send(team, team.lead.token, { ...lastCall, seconds, roundId: team.roundId });
      expect(reply.status, JSON.stringify(seconds).slice(0, 40)).toBe(400);
      expect(reply.body.error.message).toMatch(/seconds/);
    }
    const tooShort = await send(team, team.lead.token, { ...lastCall, seconds: 9, roundId: team.roundId });
    expect([tooShort.status, tooShort.body.error.message]).toEqual([400, 'invalid command: seconds: a timebox lasts at least 10 seconds']);
    const asReviewer = await send(team, team.ana.token, { ...lastCall, roundId: team.roundId });
    expect(asReviewer.status).toBe(403);
  });
});
