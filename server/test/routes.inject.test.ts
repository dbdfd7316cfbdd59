import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  boardSummarySchema,
  castBallotResponseSchema,
  commandReplySchema,
  createBoardResponseSchema,
  joinResponseSchema,
  ownBallotResponseSchema,
  participantsResponseSchema,
  removeParticipantResponseSchema,
  rotateInvitesResponseSchema,
  templateListSchema,
  type CreateBoardResponse,
  type JoinResponse,
} from '@washup/shared/api';
import type { Role } from '@washup/shared/auth';
import { addCard, boardDocOf, boardView, createThemeFromCards } from '@washup/shared/board';
import { buildRelay, type Relay } from '../src/app';
import { configSchema } from '../src/config';
import { SqliteStorage } from '../src/storage/sqliteStorage';
import { sqliteFiles } from '../src/storage/sqliteFiles';

/**
 * Each plugin under `/api/boards/:id` through Fastify's `inject`, without a socket: the same relay
 * `buildRelay` wires for production, over a real SQLite file in a temp folder.
 */
describe('routes through inject', () => {
  let relay: Relay;
  let dataDir: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'washup-inject-'));
    const config = configSchema.parse({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', CLIENT_DIST: path.join(dataDir, 'no-client') });
    // Its own folder: a database beside DATA_DIR's missing key would (rightly) stop the relay starting.
    relay = await buildRelay(config, { storage: new SqliteStorage(sqliteFiles(path.join(dataDir, 'storage')).database) });
  });

  afterEach(async () => {
    await relay.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  interface Sent {
    token?: string;
    body?: unknown;
    /** A raw body, sent as JSON whatever it holds. */
    raw?: string;
  }

  async function send(method: 'GET' | 'POST' | 'DELETE', url: string, { token, body, raw }: Sent = {}) {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
    const response = await relay.app.inject({ method, url, headers, payload: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = response.body;
    const isJson = String(response.headers['content-type'] ?? '').startsWith('application/json');
    return { status: response.statusCode, headers: response.headers, text, json: (isJson ? JSON.parse(text) : null) as unknown };
  }

  const errorCode = (json: unknown) => (json as { error: { code: string } }).error.code;

  async function newBoard(): Promise<CreateBoardResponse> {
    const created = await send('POST', '/api/boards', { body: { title: 'Inject review', templateId: 'qa-review' } });
    expect(created.status).toBe(201);
    return createBoardResponseSchema.parse(created.json);
  }

  async function joined(board: CreateBoardResponse, role: Role, name: string): Promise<JoinResponse> {
    const reply = await send('POST', `/api/boards/${board.id}/join`, { token: board.invites[role].token, body: { name } });
    expect(reply.status).toBe(201);
    return joinResponseSchema.parse(reply.json);
  }

  /** Two themes in the strengths lane of the first heading, written straight into the board doc's room. */
  async function seedThemes(boardId: string): Promise<string[]> {
    return relay.rooms.withRoom({ boardId, kind: 'board' }, async (room) => {
      const ids: string[] = [];
      room.change((doc) => {
        const board = boardDocOf(doc);
        const heading = boardView(board).headings[0]!.heading;
        for (const title of ['First', 'Second']) {
          const card = (observation: string) =>
            addCard(
              board,
              { observation, activity: 'interview', keyQuestionIds: [], valence: 'strength', counterEvidence: false, authorId: 'seed', authorName: 'Seed', capturedAt: Date.now() },
              { kind: 'lane', headingId: heading.id, lane: 'strengths' },
            );
          const first = card(`${title} A`);
          ids.push(createThemeFromCards(board, card(`${title} B`).id, first.id, { title }).id);
        }
      });
      await room.whenDurable();
      return ids;
    });
  }

  describe('boards', () => {
    it('lists templates and creates a board whose answers match their schemas', async () => {
      const listed = await send('GET', '/api/templates');
      expect(listed.status).toBe(200);
      expect(templateListSchema.parse(listed.json).length).toBeGreaterThan(0);
      const board = await newBoard();
      const summary = await send('GET', `/api/boards/${board.id}`, { token: board.invites.facilitator.token });
      expect(summary.status).toBe(200);
      expect(boardSummarySchema.parse(summary.json)).toMatchObject({ id: board.id, title: 'Inject review' });
    });

    it('joins, rotates links, lists and removes people, and deletes the board', async () => {
      const board = await newBoard();
      const lead = await joined(board, 'facilitator', 'Lee');
      const sam = await joined(board, 'reviewer', 'Sam');
      const people = await send('GET', `/api/boards/${board.id}/participants`, { token: lead.token });
      expect(participantsResponseSchema.parse(people.json).participants.map((p) => p.name).sort()).toEqual(['Lee', 'Sam']);
      const rotated = await send('POST', `/api/boards/${board.id}/invites/rotate`, { token: lead.token, body: {} });
      expect(rotated.status).toBe(200);
      expect(rotateInvitesResponseSchema.parse(rotated.json).invites.reviewer.token).not.toBe(board.invites.reviewer.token);
      const removed = await send('DELETE', `/api/boards/${board.id}/participants/${sam.participantId}`, { token: lead.token });
      expect(removed.status).toBe(200);
      expect(removeParticipantResponseSchema.parse(removed.json).role).toBe('reviewer');
      const deleted = await send('DELETE', `/api/boards/${board.id}`, { token: lead.token });
      expect(deleted.status).toBe(204);
      const gone = await send('GET', `/api/boards/${board.id}`, { token: lead.token });
      expect([gone.status, errorCode(gone.json)]).toEqual([404, 'board_not_found']);
    });

    it('answers 401 without or with a forged token, 403 for another board, 404 for a route that is not there', async () => {
      const [board, other] = [await newBoard(), await newBoard()];
      const missing = await send('GET', `/api/boards/${board.id}`);
      expect([missing.status, errorCode(missing.json)]).toEqual([401, 'token_missing']);
      const forged = await send('GET', `/api/boards/${board.id}`, { token: 'abc.def' });
      expect([forged.status, errorCode(forged.json)]).toEqual([401, 'token_invalid']);
      const elsewhere = await send('GET', `/api/boards/${board.id}`, { token: other.invites.facilitator.token });
      expect([elsewhere.status, errorCode(elsewhere.json)]).toEqual([403, 'token_other_board']);
      const noRoute = await send('GET', `/api/boards/${board.id}/nothing-here`, { token: board.invites.facilitator.token });
      expect([noRoute.status, errorCode(noRoute.json)]).toEqual([404, 'not_found']);
    });

    it('refuses the wrong role, a second join and removing oneself or nobody', async () => {
      const board = await newBoard();
      const lead = await joined(board, 'facilitator', 'Lee');
      const sam = await joined(board, 'reviewer', 'Sam');
      for (const [method, route] of [
        ['GET', '/participants'],
        ['POST', '/invites/rotate'],
        ['DELETE', `/participants/${lead.participantId}`],
        ['DELETE', ''],
      ] as const) {
        const refused = await send(method, `/api/boards/${board.id}${route}`, { token: sam.token, ...(method === 'POST' ? { body: {} } : {}) });
        expect([refused.status, errorCode(refused.json)]).toEqual([403, 'forbidden']);
      }
      const again = await send('POST', `/api/boards/${board.id}/join`, { token: sam.token, body: { name: 'Sam' } });
      expect([again.status, errorCode(again.json)]).toEqual([400, 'already_joined']);
      const self = await send('DELETE', `/api/boards/${board.id}/participants/${lead.participantId}`, { token: lead.token });
      expect([self.status, errorCode(self.json)]).toEqual([400, 'cannot_remove_self']);
      const nobody = await send('DELETE', `/api/boards/${board.id}/participants/nobody`, { token: lead.token });
      expect([nobody.status, errorCode(nobody.json)]).toEqual([404, 'participant_not_found']);
    });

    it('answers garbage, oversized and deeply nested bodies with a 4xx and the JSON error', async () => {
      const board = await newBoard();
      const joinUrl = `/api/boards/${board.id}/join`;
      const token = board.invites.reviewer.token;
      const garbage = await send('POST', joinUrl, { token, raw: '{"name": ' });
      expect(garbage.status).toBe(400);
      const wrongShape = await send('POST', joinUrl, { token, body: { name: 42 } });
      expect([wrongShape.status, errorCode(wrongShape.json)]).toEqual([400, 'invalid_request']);
      const oversized = await send('POST', joinUrl, { token, raw: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }) });
      expect(oversized.status).toBe(413);
      const nested = await send('POST', joinUrl, { token, raw: `${'{"name":'.repeat(5_000)}"x"${'}'.repeat(5_000)}` });
      expect(nested.status).toBe(400);
      for (const reply of [garbage, wrongShape, oversized, nested]) expect(reply.text).not.toMatch(/at .*\.ts/);
      const badId = await send('GET', `/api/boards/${'x'.repeat(65)}`, { token });
      expect([badId.status, errorCode(badId.json)]).toEqual([400, 'invalid_request']);
    });
  });

  describe('commands', () => {
    it('runs a Council tick and a PSTB start, and refuses a second start while it runs', async () => {
      const board = await newBoard();
      const lead = await joined(board, 'facilitator', 'Lee');
      const host = await joined(board, 'host', 'Hana');
      const commands = `/api/boards/${board.id}/commands`;
      const tick = await send('POST', commands, { token: lead.token, body: { type: 'council.tick' } });
      expect(tick.status).toBe(200);
      expect(commandReplySchema.parse(tick.json)).toEqual({ ok: true, result: null });
      const start = { type: 'pstb.start', config: { presenter: { id: host.participantId, name: 'Hana' } } };
      const started = await send('POST', commands, { token: lead.token, body: start });
      expect(started.status).toBe(200);
      expect(commandReplySchema.parse(started.json).result).toMatchObject({ phase: expect.any(String), sessionId: expect.any(String) });
      const twice = await send('POST', commands, { token: lead.token, body: start });
      expect([twice.status, errorCode(twice.json)]).toEqual([409, 'session_running']);
    });

    it('refuses unknown and invalid commands, the wrong role and a caller who has not joined', async () => {
      const board = await newBoard();
      const lead = await joined(board, 'facilitator', 'Lee');
      const sam = await joined(board, 'reviewer', 'Sam');
      const commands = `/api/boards/${board.id}/commands`;
      const unknown = await send('POST', commands, { token: lead.token, body: { type: 'chess.move' } });
      expect([unknown.status, errorCode(unknown.json)]).toEqual([400, 'unknown_command']);
      const invalid = await send('POST', commands, { token: lead.token, body: { type: 'vote.close' } });
      expect([invalid.status, errorCode(invalid.json)]).toEqual([400, 'invalid_command']);
      const noType = await send('POST', commands, { token: lead.token, body: { roundId: 'r1' } });
      expect([noType.status, errorCode(noType.json)]).toEqual([400, 'invalid_request']);
      const reviewer = await send('POST', commands, { token: sam.token, body: { type: 'vote.close', roundId: 'r1' } });
      expect([reviewer.status, errorCode(reviewer.json)]).toEqual([403, 'forbidden']);
      const invite = await send('POST', commands, { token: board.invites.facilitator.token, body: { type: 'council.pause' } });
      expect([invite.status, errorCode(invite.json)]).toEqual([403, 'join_first']);
      const noSession = await send('POST', commands, { token: lead.token, body: { type: 'council.pause' } });
      expect([noSession.status, errorCode(noSession.json)]).toEqual([409, 'no_session']);
      const missing = await send('POST', commands, { body: { type: 'council.tick' } });
      expect([missing.status, errorCode(missing.json)]).toEqual([401, 'token_missing']);
      const nested = await send('POST', commands, { token: lead.token, raw: `{"type":"vote.open","config":${'['.repeat(3_000)}${']'.repeat(3_000)}}` });
      expect(nested.status).toBe(400);
    });
  });

  describe('ballots', () => {
    it('casts a ballot and gives back only the voter’s own', async () => {
      const board = await newBoard();
      const [favourite] = await seedThemes(board.id);
      const lead = await joined(board, 'facilitator', 'Lee');
      const sam = await joined(board, 'reviewer', 'Sam');
      const opened = await send('POST', `/api/boards/${board.id}/commands`, {
        token: lead.token,
        body: { type: 'vote.open', config: { scope: { kind: 'board' }, lanes: ['strengths'] } },
      });
      expect(opened.status).toBe(200);
      const { roundId } = commandReplySchema.parse(opened.json).result as { roundId: string };
      const cast = await send('POST', `/api/boards/${board.id}/ballots`, { token: sam.token, body: { roundId, allocations: { strengths: { [favourite!]: 1 } } } });
      expect(cast.status).toBe(200);
      expect(castBallotResponseSchema.parse(cast.json)).toMatchObject({ voterCount: 1, ballot: { voterId: sam.participantId } });
      const own = await send('GET', `/api/boards/${board.id}/ballots/${roundId}`, { token: sam.token });
      expect(ownBallotResponseSchema.parse(own.json).ballot?.voterName).toBe('Sam');
      const leadOwn = await send('GET', `/api/boards/${board.id}/ballots/${roundId}`, { token: lead.token });
      expect(ownBallotResponseSchema.parse(leadOwn.json)).toMatchObject({ ballot: null, proxies: [] });
      const overBudget = await send('POST', `/api/boards/${board.id}/ballots`, { token: sam.token, body: { roundId, allocations: { strengths: { [favourite!]: 1.5 } } } });
      expect([overBudget.status, errorCode(overBudget.json)]).toEqual([400, 'negative_or_fractional']);
    });

    it('refuses a caller who has not joined, an unknown round, a bad round id and garbage', async () => {
      const board = await newBoard();
      const sam = await joined(board, 'reviewer', 'Sam');
      const ballots = `/api/boards/${board.id}/ballots`;
      const invite = await send('POST', ballots, { token: board.invites.reviewer.token, body: { roundId: 'r1', allocations: {} } });
      expect([invite.status, errorCode(invite.json)]).toEqual([403, 'join_first']);
      const noRound = await send('POST', ballots, { token: sam.token, body: { roundId: 'r1', allocations: {} } });
      expect([noRound.status, errorCode(noRound.json)]).toEqual([404, 'round_not_found']);
      const badId = await send('GET', `${ballots}/not%20an%20id`, { token: sam.token });
      expect([badId.status, errorCode(badId.json)]).toEqual([400, 'invalid_request']);
      const garbage = await send('POST', ballots, { token: sam.token, body: { roundId: 'r1', allocations: 'all of them' } });
      expect([garbage.status, errorCode(garbage.json)]).toEqual([400, 'invalid_request']);
      const forged = await send('GET', `${ballots}/r1`, { token: 'a.b' });
      expect([forged.status, errorCode(forged.json)]).toEqual([401, 'token_invalid']);
    });
  });

  describe('report', () => {
    it('gives the facilitator the Markdown file and refuses reviewers, strangers and a bad query', async () => {
      const board = await newBoard();
      const lead = await joined(board, 'facilitator', 'Lee');
      const sam = await joined(board, 'reviewer', 'Sam');
      const report = `/api/boards/${board.id}/report.md`;
      const file = await send('GET', report, { token: lead.token });
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('text/markdown; charset=utf-8');
      expect(file.text).toContain('Inject review');
      const reviewer = await send('GET', report, { token: sam.token });
      expect([reviewer.status, errorCode(reviewer.json)]).toEqual([403, 'forbidden']);
      const stranger = await send('GET', report);
      expect([stranger.status, errorCode(stranger.json)]).toEqual([401, 'token_missing']);
      const badQuery = await send('GET', `${report}?interpretation=maybe`, { token: lead.token });
      expect([badQuery.status, errorCode(badQuery.json)]).toEqual([400, 'invalid_request']);
      const byQuery = await send('GET', `/api/boards/${board.id}/report.docx?token=${encodeURIComponent(lead.token)}`);
      expect(byQuery.status).toBe(200);
    });
  });
});
