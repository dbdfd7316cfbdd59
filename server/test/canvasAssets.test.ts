import { describe, expect, it } from 'vitest';
import { canvasAssetUploadResponseSchema, canvasImageMaxBytes } from '@washup/shared/canvas';
import { api, boardWithTeam, relayPerTest, type TestRelay } from './support/relay';

const startTestRelay = relayPerTest();

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const safeSvg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="teal"/></svg>');

async function team(relay: TestRelay) {
  return boardWithTeam(relay, { lead: ['facilitator', 'Lee'], reviewer: ['reviewer', 'Rae'], observer: ['observer', 'Olu'], host: ['host', 'Hana'] });
}

async function upload(relay: TestRelay, boardId: string, token: string | null, type: string, body: Uint8Array) {
  const response = await fetch(`${relay.url}/api/boards/${boardId}/assets`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const refusalMessage = (body: unknown) => (body as { error: { message: string } }).error.message;

describe('pictures of a board', () => {
  it("stores a reviewer's pasted PNG under its hash and serves it to an observer, cached for good, with its type", async () => {
    const relay = await startTestRelay();
    const { board, reviewer, observer } = await team(relay);
    const stored = await upload(relay, board.id, reviewer.token, 'image/png', onePixelPng);
    expect(stored.status).toBe(200);
    const answer = canvasAssetUploadResponseSchema.parse(stored.body);
    expect(answer.src).toBe(`/api/boards/${board.id}/assets/${answer.assetId}`);
    expect(answer.bytes).toBe(onePixelPng.length);

    const again = await upload(relay, board.id, reviewer.token, 'image/png', onePixelPng);
    expect(canvasAssetUploadResponseSchema.parse(again.body).assetId).toBe(answer.assetId);

    const served = await fetch(`${relay.url}${answer.src}?token=${encodeURIComponent(observer.token)}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toContain('immutable');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(onePixelPng);
  });

  it('stores a plain SVG and refuses one that runs or reaches out', async () => {
    const relay = await startTestRelay();
    const { board, reviewer } = await team(relay);
    expect((await upload(relay, board.id, reviewer.token, 'image/svg+xml', safeSvg)).status).toBe(200);
    const hostile = [
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /a script/],
      ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', /an event handler/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/x.png"/></svg>', /a link to another file or site/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>hi</p></foreignObject></svg>', /embedded HTML/],
      ['<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', /is not an SVG picture|document type/],
      ['<html><body>not a picture</body></html>', /is not an SVG picture/],
    ] as const;
    for (const [text, refusal] of hostile) {
      const refused = await upload(relay, board.id, reviewer.token, 'image/svg+xml', Buffer.from(text));
      expect(refused.status).toBe(400);
      expect(refusalMessage(refused.body)).toMatch(refusal);
    }
  });

  it('refuses garbage bytes, bytes of another type, a type that is no picture, an empty and an oversized body, each with a message', async () => {
    const relay = await startTestRelay();
    const { board, reviewer } = await team(relay);
    const garbage = await upload(relay, board.id, reviewer.token, 'image/png', Uint8Array.from({ length: 512 }, (_, index) => (index * 37) % 256));
    expect(garbage.status).toBe(400);
    expect(refusalMessage(garbage.body)).toMatch(/not a PNG image/);

    const mislabelled = await upload(relay, board.id, reviewer.token, 'image/jpeg', onePixelPng);
    expect(mislabelled.status).toBe(400);
    expect(refusalMessage(mislabelled.body)).toMatch(/declared image\/jpeg but its bytes are image\/png/);

    const notPicture = await upload(relay, board.id, reviewer.token, 'application/x-msdownload', onePixelPng);
    expect(notPicture.status).toBe(415);
    expect(refusalMessage(notPicture.body)).toBeTruthy();

    const nested = await upload(relay, board.id, reviewer.token, 'application/json', Buffer.from('['.repeat(5_000) + ']'.repeat(5_000)));
    expect(nested.status).toBeGreaterThanOrEqual(400);
    expect(nested.status).toBeLessThan(500);

    const empty = await upload(relay, board.id, reviewer.token, 'image/png', new Uint8Array());
    expect(empty.status).toBe(400);

    const oversized = Buffer.concat([onePixelPng, Buffer.alloc(canvasImageMaxBytes)]);
    const tooBig = await upload(relay, board.id, reviewer.token, 'image/png', oversized);
    expect(tooBig.status).toBe(413);
    expect(refusalMessage(tooBig.body)).toMatch(/too large/i);
  });

  it('answers 401 without a token, 403 to observers and hosts, and 404 for another board\'s picture', async () => {
    const relay = await startTestRelay();
    const { board, reviewer, observer, host } = await team(relay);
    const otherTeam = await team(relay);
    expect((await upload(relay, board.id, null, 'image/png', onePixelPng)).status).toBe(401);
    for (const reader of [observer, host]) {
      const refused = await upload(relay, board.id, reader.token, 'image/png', onePixelPng);
      expect(refused.status).toBe(403);
      expect(refusalMessage(refused.body)).toMatch(/add pictures to the canvas/);
    }
    const theirs = canvasAssetUploadResponseSchema.parse((await upload(relay, otherTeam.board.id, otherTeam.reviewer.token, 'image/png', onePixelPng)).body);
    const crossed = await api(relay.url, 'GET', `/api/boards/${board.id}/assets/${theirs.assetId}`, { token: reviewer.token });
    expect(crossed.status).toBe(404);
    const foreignToken = await api(relay.url, 'GET', `/api/boards/${otherTeam.board.id}/assets/${theirs.assetId}`, { token: reviewer.token });
    expect(foreignToken.status).toBe(403);
    expect((await api(relay.url, 'GET', `/api/boards/${board.id}/assets/not-a-hash`, { token: reviewer.token })).status).toBe(400);
    expect((await api(relay.url, 'GET', `/api/boards/${board.id}/assets/${theirs.assetId}`)).status).toBe(401);
  });

  it('deletes the pictures with the board', async () => {
    const relay = await startTestRelay();
    const { board, reviewer, lead } = await team(relay);
    const stored = canvasAssetUploadResponseSchema.parse((await upload(relay, board.id, reviewer.token, 'image/png', onePixelPng)).body);
    expect((await api(relay.url, 'DELETE', `/api/boards/${board.id}`, { token: lead.token })).status).toBeLessThan(300);
    expect(await relay.storage.getAsset(board.id, stored.assetId)).toBeNull();
  });
});
