import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { createBoard, join, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();
const timeouts = { REQUEST_TIMEOUT_MS: 1000, HEADERS_TIMEOUT_MS: 500 };

interface Drip {
  /** What the relay answered before it closed the connection. */
  answer: string;
  /** Bytes of `rest` sent before the relay hung up; all of them if it never did. */
  sent: number;
}

/**
 * Sends `head` at once, then `rest` one byte every 100 ms (at most 10 s) until the relay closes
 * the connection, as a client on a slow link, or an attacker holding connections open, would.
 */
function drip(port: number, head: string, rest: string): Promise<Drip> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.write(head);
    const timer = setInterval(() => {
      if (sent === rest.length) {
        clearInterval(timer);
        socket.destroy();
        return;
      }
      socket.write(rest[sent]!);
      sent += 1;
    }, 100);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, sent });
    });
  });
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

describe('request timeouts', () => {
  it('cuts off a request body dripped slowly', async () => {
    const relay = await startTestRelay(timeouts);
    const body = JSON.stringify({ title: 'x'.repeat(80) });
    const head = `POST /api/boards HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const result = await drip(portOf(relay.url), head, body);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(result.sent).toBeLessThan(body.length);
  });

  it('cuts off request headers dripped slowly', async () => {
    const relay = await startTestRelay(timeouts);
    const headers = 'Host: 127.0.0.1\r\nX-Slow: ' + 'y'.repeat(90) + '\r\n\r\n';
    const result = await drip(portOf(relay.url), 'GET /healthz HTTP/1.1\r\n', headers);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(result.sent).toBeLessThan(headers.length);
  });

  it('leaves a quiet sync socket open well past the request timeout', async () => {
    const relay = await startTestRelay(timeouts);
    const board = await createBoard(relay.url);
    const sam = await join(relay.url, board, 'reviewer', 'Sam');
    const client = new RawSyncClient(`${relay.wsUrl}/${board.id}`, sam.token);
    await client.synced;
    // Past the request timeout plus one sweep for overdue requests.
    await new Promise((resolve) => setTimeout(resolve, 2 * timeouts.REQUEST_TIMEOUT_MS + 500));
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
    const writer = new RawSyncClient(`${relay.wsUrl}/${board.id}`, sam.token);
    await writer.synced;
    writer.doc.getArray<number>('still-here').push([1]);
    await waitFor(() => client.doc.getArray<number>('still-here').length === 1, 5000, 'the quiet socket to receive an edit');
    writer.close();
    client.close();
  });
});
