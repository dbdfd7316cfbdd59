import { describe, expect, it } from 'vitest';
import type { ApiError, CreateBoardResponse, JoinResponse } from '@washup/shared/api';
import { RelayDoc, votesEntry } from '@washup/shared/relayDoc';
import { seedThemes } from './support/boardContent';
import { RawSyncClient } from './support/rawClient';
import { api, createBoard, join, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

interface Opened {
  relay: TestRelay;
  board: CreateBoardResponse;
  lead: JoinResponse;
  roundId: string;
  favourite: string;
}

async function openVote(): Promise<Opened> {
  const relay = await startTestRelay();
  const board = await createBoard(relay.url);
  const lead = await join(relay.url, board, 'facilitator', 'Lead');
  const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, lead.token);
  await writer.synced;
  const [favourite] = await seedThemes(writer, 3);
  writer.close();
  const opened = await command(relay, board, lead, { type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['strengths'] } });
  return { relay, board, lead, roundId: opened.body.result.roundId, favourite: favourite! };
}

function command(relay: TestRelay, board: CreateBoardResponse, by: JoinResponse, body: Record<string, unknown>) {
  return api<{ result: { roundId: string } } & ApiError>(relay.url, 'POST', `/api/boards/${board.id}/commands`, { token: by.token, body });
}

function castFor(opened: Opened, voter: JoinResponse) {
  const body = { roundId: opened.roundId, allocations: { strengths: { [opened.favourite]: 1 } } };
  return api<{ voterCount: number } & ApiError>(opened.relay.url, 'POST', `/api/boards/${opened.board.id}/ballots`, { token: voter.token, body });
}

async function revealedRound(opened: Opened) {
  const { relay, board, lead, roundId } = opened;
  expect((await command(relay, board, lead, { type: 'vote.close', roundId })).status).toBe(200);
  expect((await command(relay, board, lead, { type: 'vote.reveal', roundId })).status).toBe(200);
  const watcher = new RawSyncClient(`${relay.wsUrl}/${board.id}/session`, lead.token);
  await watcher.synced;
  const round = new RelayDoc(watcher.doc).read(votesEntry)!.rounds[0]!;
  watcher.close();
  const votes = round.tally!.lanes.strengths!.ranked.find((entry) => entry.optionId === opened.favourite)!.votes;
  return { voterCount: round.voterCount, tallyVoters: round.tally!.voterCount, votes };
}

describe('vote integrity', () => {
  it('counts one ballot for one reviewer link joined five times under one name', async () => {
    const opened = await openVote();
    const joins = [];
    for (const name of ['Mallory', 'mallory', ' MALLORY ', 'Ｍａｌｌｏｒｙ', 'Mal\u200blory']) joins.push(await join(opened.relay.url, opened.board, 'reviewer', name));
    for (const voter of joins) {
      const cast = await castFor(opened, voter);
      expect(cast.status).toBe(200);
      expect(cast.body.voterCount).toBe(1);
    }
    expect(await revealedRound(opened)).toEqual({ voterCount: 1, tallyVoters: 1, votes: 1 });
  });

  it("drops a removed participant's ballot from the tally at reveal", async () => {
    const opened = await openVote();
    const [sam, kim] = [await join(opened.relay.url, opened.board, 'reviewer', 'Sam'), await join(opened.relay.url, opened.board, 'reviewer', 'Kim')];
    expect((await castFor(opened, sam)).body.voterCount).toBe(1);
    expect((await castFor(opened, kim)).body.voterCount).toBe(2);
    const removed = await api(opened.relay.url, 'DELETE', `/api/boards/${opened.board.id}/participants/${kim.participantId}`, { token: opened.lead.token });
    expect(removed.status).toBe(200);
    expect((await castFor(opened, kim)).status).toBe(403);
    expect(await revealedRound(opened)).toEqual({ voterCount: 1, tallyVoters: 1, votes: 1 });
  });
});
