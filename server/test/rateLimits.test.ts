import { describe, expect, it } from 'vitest';
import type { ApiError } from '@washup/shared/api';
import { api, createBoard, join, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as ApiError };
}

function expectRateLimited(refused: { status: number; retryAfter: string | null; body: ApiError }, what: RegExp) {
  expect(refused.status).toBe(429);
  expect(refused.body.error.code).toBe('rate_limited');
  expect(refused.body.error.message).toMatch(what);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
}

describe('request rate limits', () => {
  it('limits board creation per address, says when to retry, and leaves other routes alone', async () => {
    const relay = await startTestRelay({ RATE_LIMIT_BOARDS_PER_HOUR: 3 });
    for (let i = 0; i < 3; i++) await createBoard(relay.url, `Board ${i}`);
    const refused = await post(`${relay.url}/api/boards`, { title: 'One too many' });
    expectRateLimited(refused, /boards created from your address \(at most 3 an hour\)/);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(3600);
    expect(refused.body.error.message).toMatch(/try again in (59|60) minutes$/);
    expect((await api(relay.url, 'GET', '/api/templates')).status).toBe(200);
  });

  it('counts the address the socket came from, not one a client claims, unless told to trust a proxy', async () => {
    const relay = await startTestRelay({ RATE_LIMIT_BOARDS_PER_HOUR: 1, TRUST_PROXY: false });
    expect((await post(`${relay.url}/api/boards`, { title: 'First' }, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    expectRateLimited(await post(`${relay.url}/api/boards`, { title: 'Second' }, { 'x-forwarded-for': '203.0.113.2' }), /boards created/);
  });

  it('limits joins per address and board', async () => {
    const relay = await startTestRelay({ RATE_LIMIT_JOINS_PER_MINUTE: 2 });
    const [board, other] = [await createBoard(relay.url), await createBoard(relay.url, 'Other')];
    await join(relay.url, board, 'reviewer', 'One');
    await join(relay.url, board, 'reviewer', 'Two');
    const refused = await post(`${relay.url}/api/boards/${board.id}/join`, { name: 'Three' }, { authorization: `Bearer ${board.invites.reviewer.token}` });
    expectRateLimited(refused, /joins to this board/);
    await join(relay.url, other, 'reviewer', 'Elsewhere');
  });

  it('limits commands and ballots per token; made-up tokens share their address allowance', async () => {
    const relay = await startTestRelay({ RATE_LIMIT_COMMANDS_PER_MINUTE: 2 });
    const board = await createBoard(relay.url);
    const [sam, kim] = [await join(relay.url, board, 'reviewer', 'Sam'), await join(relay.url, board, 'reviewer', 'Kim')];
    const commands = `${relay.url}/api/boards/${board.id}/commands`;
    const ballots = `${relay.url}/api/boards/${board.id}/ballots`;
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    expect((await post(commands, { type: 'vote.close', roundId: 'r1' }, as(sam.token))).status).toBe(403);
    expect((await post(ballots, { roundId: 'r1', allocations: {} }, as(sam.token))).status).toBe(404);
    expectRateLimited(await post(commands, { type: 'vote.close', roundId: 'r1' }, as(sam.token)), /commands and ballots with this link/);
    expect((await post(commands, { type: 'vote.close', roundId: 'r1' }, as(kim.token))).status).toBe(403);

    const forged = ['a.b', 'c.d', 'e.f'].map((token) => post(commands, { type: 'vote.close', roundId: 'r1' }, as(token)));
    expect((await Promise.all(forged)).map((response) => response.status).sort()).toEqual([401, 401, 429]);
  });

  it('limits every request per address, socket upgrades included', async () => {
    const relay = await startTestRelay({ RATE_LIMIT_REQUESTS_PER_MINUTE: 4 });
    for (let i = 0; i < 4; i++) expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
    const refused = await fetch(`${relay.url}/api/time`);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ApiError).error.message).toMatch(/requests from your address \(at most 4 a minute\)/);
  });
});
