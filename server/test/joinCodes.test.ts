import { describe, expect, it } from 'vitest';
import type { ApiError, CreateBoardResponse, RemoveParticipantResponse, ResolveJoinCodeResponse } from '@washup/shared/api';
import { formatJoinCode, joinCodeAlphabet, joinCodeFromBytes, normalizeJoinCode } from '@washup/shared/api';
import { api, boardWithTeam, createBoard, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

function resolve(relay: TestRelay, body: unknown) {
  return api<ResolveJoinCodeResponse & ApiError>(relay.url, 'POST', '/api/join-codes', { body });
}

async function rawPost(relay: TestRelay, body: string): Promise<{ status: number; body: ApiError }> {
  const response = await fetch(`${relay.url}/api/join-codes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: (await response.json()) as ApiError };
}

/** A code no board has: the board's own codes changed in one place each. */
function unusedCode(board: CreateBoardResponse): string {
  const used = new Set(Object.values(board.invites).map((invite) => invite.joinCode));
  for (const char of joinCodeAlphabet) {
    const code = `${char.repeat(8)}`;
    if (!used.has(code)) return code;
  }
  throw new Error('every test code is in use');
}

describe('join codes: the format', () => {
  it('reads what people type: any case, groups, and O, I, L for 0 and 1', () => {
    expect(normalizeJoinCode('7kq2-m9xd')).toBe('7KQ2M9XD');
    expect(normalizeJoinCode(' 7KQ2 M9XD ')).toBe('7KQ2M9XD');
    expect(normalizeJoinCode('OILO-0110')).toBe('01100110');
    expect(formatJoinCode('7KQ2M9XD')).toBe('7KQ2-M9XD');
    for (const wrong of ['', '7KQ2', '7KQ2-M9XD-1', 'UUUU-UUUU', '7KQ2_M9XD', '7KQ2-M9X!', 'ÄKQ2-M9XD']) expect(normalizeJoinCode(wrong)).toBeNull();
  });

  it('draws every character of the alphabet from random bytes, evenly', () => {
    const counts = new Map<string, number>();
    for (let byte = 0; byte < 256; byte += 1) {
      const code = joinCodeFromBytes(new Uint8Array(8).fill(byte));
      counts.set(code[0]!, (counts.get(code[0]!) ?? 0) + 1);
      expect(normalizeJoinCode(code)).toBe(code);
    }
    expect(counts.size).toBe(32);
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });
});

describe('join codes on the relay', () => {
  it('gives every invite link a code that opens the same board with the same role', async () => {
    const relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const codes = Object.values(board.invites).map((invite) => invite.joinCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [role, invite] of Object.entries(board.invites)) {
      expect(invite.joinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
      const typed = formatJoinCode(invite.joinCode!).toLowerCase();
      const { status, body } = await resolve(relay, { code: typed });
      expect(status).toBe(200);
      expect(body).toEqual({ boardId: board.id, role, invite });
    }
  });

  it('stops a code when its link is replaced: removing someone, or replacing every link', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae } = await boardWithTeam(relay, { lead: ['facilitator', 'Lena'], rae: ['reviewer', 'Rae'] });
    const oldReviewer = board.invites.reviewer.joinCode!;
    const removed = await api<RemoveParticipantResponse>(relay.url, 'DELETE', `/api/boards/${board.id}/participants/${rae.participantId}`, { token: lead.token });
    expect(removed.status).toBe(200);
    expect(removed.body.invite.joinCode).not.toBe(oldReviewer);
    const refused = await resolve(relay, { code: oldReviewer });
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('join_code_unknown');
    expect((await resolve(relay, { code: removed.body.invite.joinCode })).body.invite.token).toBe(removed.body.invite.token);
    // The host's code was not replaced by the removal.
    expect((await resolve(relay, { code: board.invites.host.joinCode })).status).toBe(200);

    const rotated = await api<{ invites: CreateBoardResponse['invites'] }>(relay.url, 'POST', `/api/boards/${board.id}/invites/rotate`, { token: lead.token, body: {} });
    expect(rotated.status).toBe(200);
    for (const code of [board.invites.host.joinCode, removed.body.invite.joinCode]) expect((await resolve(relay, { code })).status).toBe(404);
    expect((await resolve(relay, { code: rotated.body.invites.host.joinCode })).status).toBe(200);
  });

  it('forgets a deleted board’s codes', async () => {
    const relay = await startTestRelay();
    const { board, lead } = await boardWithTeam(relay, { lead: ['facilitator', 'Lena'] });
    expect((await api(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token })).status).toBe(204);
    expect((await resolve(relay, { code: board.invites.observer.joinCode })).status).toBe(404);
  });

  it('answers garbage, oversized and nested input with a clear 4xx, and keeps working', async () => {
    const relay = await startTestRelay();
    const board = await createBoard(relay.url);
    const hostile: unknown[] = [
      {},
      { code: 12345678 },
      { code: null },
      { code: ['7KQ2M9XD'] },
      { code: 'x'.repeat(41) },
      { code: 'UUUU-UUUU' },
      { code: '7KQ2' },
      { code: '<script>' },
      { code: board.invites.reviewer.token },
      { code: JSON.parse('{"a":'.repeat(500) + '1' + '}'.repeat(500)) as unknown },
      'a string',
      [board.invites.reviewer.joinCode],
    ];
    for (const body of hostile) {
      const { status, body: answer } = await resolve(relay, body);
      expect(status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(answer.error.message.length).toBeGreaterThan(0);
    }
    expect((await rawPost(relay, '{"code": "7KQ2')).status).toBe(400);
    expect((await rawPost(relay, JSON.stringify({ code: 'A'.repeat(2 * 1024 * 1024) }))).status).toBe(413);
    const wrong = await resolve(relay, { code: unusedCode(board) });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.message).toMatch(/No board has this join code/);
    expect((await resolve(relay, { code: board.invites.reviewer.joinCode })).status).toBe(200);
  });

  it('limits guesses from one address, with Retry-After, and never tells a near miss from a far one', async () => {
    const relay = await startTestRelay({ RATE_LIMIT_JOINS_PER_MINUTE: 20 });
    const board = await createBoard(relay.url);
    const real = board.invites.reviewer.joinCode!;
    const nearMiss = `${real.slice(0, 7)}${joinCodeAlphabet[(joinCodeAlphabet.indexOf(real[7]!) + 1) % 32]}`;
    const near = await resolve(relay, { code: nearMiss });
    const far = await resolve(relay, { code: unusedCode(board) });
    expect([near.status, far.status]).toEqual([404, 404]);
    expect(near.body).toEqual(far.body);
    const guesses: number[] = [];
    for (let guess = 0; guess < 25; guess += 1) {
      guesses.push((await resolve(relay, { code: joinCodeFromBytes(new Uint8Array(8).fill(guess)) })).status);
    }
    expect(guesses.filter((status) => status === 429).length).toBe(25 - 18);
    const refused = await fetch(`${relay.url}/api/join-codes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: real }) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Joining with a link is a limit of its own: the board stays open to its team.
    expect((await api(relay.url, 'GET', `/api/boards/${board.id}`, { token: board.invites.reviewer.token })).status).toBe(200);
  });
});
