import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startLine } from '../src/http/roomAddresses';
import { api, boardWithTeam, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();

const listening = (address: string, port = 8080): AddressInfo => ({ address, port, family: address.includes(':') ? 'IPv6' : 'IPv4' });

describe('the start line', () => {
  it('says what to open: this machine only, with the hint to serve the room', () => {
    expect(startLine(listening('127.0.0.1'), undefined, ['192.168.1.20'])).toBe(
      'Washup is ready: open http://127.0.0.1:8080 (this machine only; to let phones and laptops in the room join, start it with HOST=0.0.0.0 pnpm start)',
    );
  });

  it('names every network address when it serves the room', () => {
    expect(startLine(listening('0.0.0.0', 9000), undefined, ['192.168.1.20', '10.0.0.5'])).toBe(
      'Washup is ready: open http://127.0.0.1:9000 on this machine and from other devices on this network http://192.168.1.20:9000 or http://10.0.0.5:9000',
    );
    expect(startLine(listening('::'), undefined, [])).toMatch(/no network address found/);
  });

  it('gives PUBLIC_URL when it is set', () => {
    expect(startLine(listening('0.0.0.0'), 'https://washup.example.org/', ['192.168.1.20'])).toBe(
      'Washup is ready: open https://washup.example.org (this relay listens on 0.0.0.0:8080)',
    );
  });
});

describe('the relay log at info level', () => {
  it('holds one line per board event, naming no person or token, and no request lines', async () => {
    const relay = await startTestRelay({ LOG_LEVEL: 'info' });
    const { board, lead } = await boardWithTeam(relay, { lead: ['facilitator', 'Lena Marsh'] });
    expect((await api(relay.url, 'GET', `/api/boards/${board.id}`, { token: lead.token })).status).toBe(200);
    expect((await api(relay.url, 'POST', '/api/join-codes', { body: { code: board.invites.reviewer.joinCode } })).status).toBe(200);
    expect((await api(relay.url, 'POST', `/api/boards/${board.id}/commands`, { token: lead.token, body: { type: 'vote.open', target: 'themes', dotsPerVoter: 3 } })).status).toBeLessThan(500);
    expect((await api(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token })).status).toBe(204);

    const lines = relay.logLines.map((line) => JSON.parse(line) as { level: number; msg: string; boardId?: string; role?: string });
    const events = lines.filter((line) => line.boardId === board.id).map((line) => [line.msg, line.role ?? null]);
    expect(events).toEqual(expect.arrayContaining([
      ['board created', null],
      ['someone joined', 'facilitator'],
      ['a join code opened a board', null],
      ['board deleted', 'facilitator'],
    ]));
    expect(lines.filter((line) => /request/.test(line.msg))).toEqual([]);
    const log = relay.logLines.join('');
    for (const secret of ['Lena Marsh', lead.token, board.invites.reviewer.token, board.invites.reviewer.joinCode!]) expect(log).not.toContain(secret);
  });

  it('logs every request at debug level', async () => {
    const relay = await startTestRelay({ LOG_LEVEL: 'debug' });
    expect((await fetch(`${relay.url}/api/templates`)).status).toBe(200);
    const lines = relay.logLines.map((line) => JSON.parse(line) as { level: number; msg: string; req?: { url: string } });
    expect(lines.some((line) => line.level === 20 && line.msg === 'incoming request' && line.req?.url === '/api/templates')).toBe(true);
    expect(lines.some((line) => line.level === 20 && line.msg === 'request completed')).toBe(true);
  });
});
