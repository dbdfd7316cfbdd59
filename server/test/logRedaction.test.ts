import { describe, expect, it } from 'vitest';
import { urlWithoutTokens } from '../src/http/logRedaction';
import { RawSyncClient } from './support/rawClient';
import { createBoard, join, relayPerTest } from './support/relay';

describe('urlWithoutTokens', () => {
  it('replaces every token value and keeps the rest of the URL', () => {
    expect(urlWithoutTokens('/sync/b1?token=abc.def')).toBe('/sync/b1?token=[redacted]');
    expect(urlWithoutTokens('/api/boards/b1/report.md?interpretation=1&TOKEN=x.y&a=2#f')).toBe(
      '/api/boards/b1/report.md?interpretation=1&TOKEN=[redacted]&a=2#f',
    );
    expect(urlWithoutTokens('/api/boards/b1?mytoken=kept')).toBe('/api/boards/b1?mytoken=kept');
  });
});

const startTestRelay = relayPerTest();

describe('the relay log', () => {
  it('never holds a participant token, from sockets or download links, even at debug level where every request is logged', async () => {
    const relay = await startTestRelay({ LOG_LEVEL: 'debug' });
    const base = relay.url;
    const lines = relay.logLines;
    const board = await createBoard(base);
    const lead = await join(base, board, 'facilitator', 'Lena');
    const socket = new RawSyncClient(`ws://${base.slice('http://'.length)}/sync/${board.id}`, lead.token);
    await socket.synced;
    socket.socket.close();
    await socket.closed;
    expect((await fetch(`${base}/api/boards/${board.id}/report.md?token=${encodeURIComponent(lead.token)}`)).status).toBe(200);

    const log = lines.join('');
    // The socket and the download were logged, so the check below is not vacuous.
    expect(log).toContain(`/sync/${board.id}?token=[redacted]`);
    expect(log).toContain('report.md?token=[redacted]');
    for (const secret of [lead.token, encodeURIComponent(lead.token), board.invites.facilitator.token, lead.token.split('.')[1]]) {
      expect(log).not.toContain(secret);
    }
  });
});
