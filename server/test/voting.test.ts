import { describe, expect, it } from 'vitest';
import type { CreateBoardResponse, JoinResponse, ApiError } from '@washup/shared/api';
import { RelayDoc, votesEntry } from '@washup/shared/relayDoc';
import type { Ballot } from '@washup/shared/voting';
import { seedThemes } from './support/boardContent';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { api, createBoard, join, type TestRelay, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();
let relay: TestRelay;

interface BallotResponse {
  ballot: Ballot;
  remaining: Record<string, number>;
  voterCount: number;
}

async function votingBoard(themesPerLane = 3) {
  relay = await startTestRelay();
  const board = await createBoard(relay.url);
  const lead = await join(relay.url, board, 'facilitator', 'Lead');
  const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, lead.token);
  await writer.synced;
  const themeIds = await seedThemes(writer, themesPerLane);
  writer.close();
  return { relay, board, lead, themeIds };
}

function command(relayUrl: string, board: CreateBoardResponse, token: string, body: Record<string, unknown>) {
  return api<{ ok: boolean; result: { roundId: string } } & ApiError>(relayUrl, 'POST', `/api/boards/${board.id}/commands`, { token, body });
}

function cast(relayUrl: string, board: CreateBoardResponse, voter: JoinResponse, body: Record<string, unknown>) {
  return api<BallotResponse & ApiError>(relayUrl, 'POST', `/api/boards/${board.id}/ballots`, { token: voter.token, body });
}

describe('secret dot voting', () => {
  it('keeps ballots out of every doc and the metrics until the facilitator reveals them', async () => {
    const { relay, board, lead, themeIds } = await votingBoard();
    const opened = await command(relay.url, board, lead.token, { type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['strengths'] } });
    expect(opened.status).toBe(200);
    const roundId = opened.body.result.roundId;
    const [sam, kim] = [await join(relay.url, board, 'reviewer', 'Sam'), await join(relay.url, board, 'reviewer', 'Kim')];
    const favourite = themeIds[0]!;
    const samVote = await cast(relay.url, board, sam, { roundId, allocations: { strengths: { [favourite]: 1 } } });
    expect(samVote.status).toBe(200);
    expect(samVote.body.remaining.strengths).toBe(0);
    expect((await cast(relay.url, board, kim, { roundId, allocations: { strengths: { [themeIds[1]!]: 1 } } })).status).toBe(200);

    const watcher = new RawSyncClient(`${relay.wsUrl}/${board.id}/session`, lead.token);
    await watcher.synced;
    await waitFor(() => new RelayDoc(watcher.doc).read(votesEntry)?.rounds[0]?.voterCount === 2, 5000, 'voter count');
    const everything = JSON.stringify([watcher.doc.toJSON(), (await api(relay.url, 'GET', `/api/boards/${board.id}`, { token: lead.token })).body]);
    expect(everything).not.toContain('allocations');
    expect(everything).not.toContain(sam.participantId);
    expect(await (await fetch(`${relay.url}/metrics`)).text()).not.toContain(favourite);
    const leadView = await api<{ ballot: Ballot | null }>(relay.url, 'GET', `/api/boards/${board.id}/ballots/${roundId}`, { token: lead.token });
    expect(leadView.body.ballot).toBeNull();

    const reviewerReveal = await command(relay.url, board, sam.token, { type: 'vote.reveal', roundId });
    expect(reviewerReveal.status).toBe(403);
    expect((await command(relay.url, board, lead.token, { type: 'vote.reveal', roundId })).body.error.code).toBe('round_not_closed');
    expect((await command(relay.url, board, lead.token, { type: 'vote.close', roundId })).status).toBe(200);
    const late = await cast(relay.url, board, sam, { roundId, allocations: { strengths: {} } });
    expect(late.status).toBe(409);
    expect((await command(relay.url, board, lead.token, { type: 'vote.reveal', roundId })).status).toBe(200);

    await waitFor(() => new RelayDoc(watcher.doc).read(votesEntry)?.rounds[0]?.tally !== null, 5000, 'tally');
    const tally = new RelayDoc(watcher.doc).read(votesEntry)!.rounds[0]!.tally!;
    expect(tally.lanes.strengths?.ranked.slice(0, 2).map((entry) => entry.votes)).toEqual([1, 1]);
    expect(JSON.stringify(tally)).not.toContain(sam.participantId);
    watcher.close();
  });

  it('names the broken rule for a bad ballot and keeps the stored one', async () => {
    const { relay, board, lead, themeIds } = await votingBoard(6);
    const roundId = (await command(relay.url, board, lead.token, {
      type: 'vote.open',
      config: { scope: { kind: 'board' }, lanes: ['strengths', 'nextSteps'], budget: 3, capPerOption: 2 },
    })).body.result.roundId;
    const sam = await join(relay.url, board, 'reviewer', 'Sam');
    const good = { strengths: { [themeIds[0]!]: 2, [themeIds[1]!]: 1 } };
    expect((await cast(relay.url, board, sam, { roundId, allocations: good })).status).toBe(200);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ strengths: { [themeIds[0]!]: 3 } }, 'over_cap'],
      [{ strengths: { [themeIds[0]!]: 2, [themeIds[1]!]: 2 } }, 'over_budget'],
      [{ strengths: { 'no-such-theme': 1 } }, 'unknown_option'],
      [{ strengths: { [themeIds[0]!]: 0.5 } }, 'negative_or_fractional'],
    ];
    for (const [allocations, code] of cases) {
      const refused = await cast(relay.url, board, sam, { roundId, allocations });
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.body.error.code).toBe(code);
    }
    const host = await join(relay.url, board, 'host', 'Head');
    expect((await cast(relay.url, board, host, { roundId, allocations: good })).body.error.code).toBe('not_eligible');
    const stored = await api<{ ballot: Ballot }>(relay.url, 'GET', `/api/boards/${board.id}/ballots/${roundId}`, { token: sam.token });
    expect(stored.body.ballot.allocations).toEqual(good);

    const other = await createBoard(relay.url, 'Other');
    const outsider = await join(relay.url, other, 'reviewer', 'Out');
    const foreign = await api<ApiError>(relay.url, 'POST', `/api/boards/${board.id}/ballots`, { token: outsider.token, body: { roundId, allocations: good } });
    expect(foreign.status).toBe(403);
  });

  it('counts exactly the last valid ballot of each of 30 voters casting and re-casting at once', async () => {
    const { relay, board, lead, themeIds } = await votingBoard(5);
    const roundId = (await command(relay.url, board, lead.token, {
      type: 'vote.open',
      config: { scope: { kind: 'board' }, lanes: ['strengths'], budget: 3, capPerOption: 3 },
    })).body.result.roundId;
    const strengthThemes = themeIds.slice(0, 5);
    const voters = await Promise.all(Array.from({ length: 30 }, (_, i) => join(relay.url, board, 'reviewer', `Voter ${i}`)));
    const expected = new Map<string, number>();
    await Promise.all(
      voters.map(async (voter, i) => {
        for (let attempt = 0; attempt < 3; attempt++) {
          const pick = strengthThemes[(i + attempt) % strengthThemes.length]!;
          const response = await cast(relay.url, board, voter, { roundId, allocations: { strengths: { [pick]: attempt === 1 ? 4 : 3 } } });
          expect(response.status).toBe(attempt === 1 ? 400 : 200);
        }
        const last = strengthThemes[(i + 2) % strengthThemes.length]!;
        expected.set(last, (expected.get(last) ?? 0) + 3);
      }),
    );
    await command(relay.url, board, lead.token, { type: 'vote.close', roundId });
    await command(relay.url, board, lead.token, { type: 'vote.reveal', roundId });
    const watcher = new RawSyncClient(`${relay.wsUrl}/${board.id}/session`, lead.token);
    await watcher.synced;
    const round = new RelayDoc(watcher.doc).read(votesEntry)!.rounds[0]!;
    expect(round.voterCount).toBe(30);
    const counted = new Map(round.tally!.lanes.strengths!.ranked.map((entry) => [entry.optionId, entry.votes]));
    for (const id of strengthThemes) expect(counted.get(id)).toBe(expected.get(id) ?? 0);
    watcher.close();
  });

  it('lets the facilitator vote on behalf of an in-room person without a device', async () => {
    const { relay, board, lead, themeIds } = await votingBoard();
    const roundId = (await command(relay.url, board, lead.token, { type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['nextSteps'] } })).body.result.roundId;
    const nextStep = themeIds[3]!;
    const proxied = await cast(relay.url, board, lead, { roundId, allocations: { nextSteps: { [nextStep]: 1 } }, onBehalfOf: { name: 'Jo Bloggs' } });
    expect(proxied.status).toBe(200);
    expect(proxied.body.ballot).toMatchObject({ proxied: true, voterName: 'Jo Bloggs' });
    const sam = await join(relay.url, board, 'reviewer', 'Sam');
    const notAllowed = await cast(relay.url, board, sam, { roundId, allocations: { nextSteps: {} }, onBehalfOf: { name: 'Someone' } });
    expect(notAllowed.body.error.code).toBe('proxy_not_allowed');
    const clash = await cast(relay.url, board, lead, { roundId, allocations: { nextSteps: {} }, onBehalfOf: { name: 'Sam' } });
    expect(clash.body.error.code).toBe('proxy_is_participant');
    const mine = await api<{ proxies: Ballot[] }>(relay.url, 'GET', `/api/boards/${board.id}/ballots/${roundId}`, { token: lead.token });
    expect(mine.body.proxies.map((ballot) => ballot.voterName)).toEqual(['Jo Bloggs']);
  });
});
