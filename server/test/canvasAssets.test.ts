import { describe, expect, it } from 'vitest';
import { canvasAssetUploadResponseSchema, canvasImageMaxBytes } from '@washup/shared/canvas';
import { ConfigError, loadConfig } from '../src/config';
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
    expect(notPicture.body).toEqual({
      error: { code: 'unsupported_type', message: 'the picture must be PNG, JPEG, GIF, WebP or SVG, not application/x-msdownload; nothing was saved.' },
    });

    const nested = await upload(relay, board.id, reviewer.token, 'application/json', Buffer.from('['.repeat(5_000) + ']'.repeat(5_000)));
    expect(nested.status).toBeGreaterThanOrEqual(400);
    expect(nested.status).toBeLessThan(500);

    const empty = await upload(relay, board.id, reviewer.token, 'image/png', new Uint8Array());
    expect(empty.status).toBe(400);

    const oversized = Buffer.concat([onePixelPng, Buffer.alloc(canvasImageMaxBytes)]);
    const tooBig = await upload(relay, board.id, reviewer.token, 'image/png', oversized);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toEqual({
      error: { code: 'body_too_large', message: 'the picture is larger than 8 MB, the most Washup takes here; nothing was saved. Make it smaller and try again.' },
    });
  });

  it("answers a body Fastify turns away on any route in Washup's words, never Fastify's", async () => {
    const relay = await startTestRelay();
    const { board, lead } = await team(relay);
    const post = (type: string, body: string | Uint8Array) =>
      fetch(`${relay.url}/api/boards/${board.id}/retention`, { method: 'PUT', headers: { 'content-type': type, authorization: `Bearer ${lead.token}` }, body });
    const huge = await post('application/json', JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ error: { code: 'body_too_large', message: 'the request is larger than 1 MB, the most Washup takes here; nothing was saved. Make it smaller and try again.' } });
    const xml = await post('application/xml; charset=utf-8', '<retention/>');
    expect(xml.status).toBe(415);
    expect(await xml.json()).toEqual({ error: { code: 'unsupported_type', message: 'the request must be JSON, not application/xml; nothing was saved.' } });
    const hostileType = await post(`image/${'x'.repeat(10_000)}`, 'garbage');
    expect(hostileType.status).toBe(415);
    expect(refusalMessage(await hostileType.json()).length).toBeLessThan(200);
  });

  it("refuses a picture that would take the board's pictures past its quota with a 413 saying how full it is, never a picture it already has", async () => {
    const picture = (tail: string) => Buffer.concat([onePixelPng, Buffer.from(tail)]);
    const relay = await startTestRelay({ BOARD_PICTURES_MAX_BYTES: 3 * picture('1').length });
    const { board, reviewer, observer } = await team(relay);
    const otherTeam = await team(relay);
    for (const tail of ['1', '2', '3']) expect((await upload(relay, board.id, reviewer.token, 'image/png', picture(tail))).status).toBe(200);
    const over = await upload(relay, board.id, reviewer.token, 'image/png', picture('4'));
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ error: { code: 'picture_quota' } });
    expect(refusalMessage(over.body)).toBe(
      `this board's pictures already take ${3 * picture('1').length} bytes of the ${3 * picture('1').length} bytes it may keep, and this one is ${picture('4').length} bytes; nothing was saved. ` +
        'Use a smaller picture, or delete pictures from the canvas: their space is freed 14 days after they were last used.',
    );
    // The same bytes again (a retry after a lost answer) are not refused; another board has its own quota; an observer is refused for their role first.
    expect((await upload(relay, board.id, reviewer.token, 'image/png', picture('2'))).status).toBe(200);
    expect((await upload(relay, otherTeam.board.id, otherTeam.reviewer.token, 'image/png', picture('4'))).status).toBe(200);
    expect((await upload(relay, board.id, observer.token, 'image/png', picture('5'))).status).toBe(403);
  });

  it('reads the picture quota from the environment and refuses a bad one', () => {
    expect(loadConfig({}).BOARD_PICTURES_MAX_BYTES).toBe(128 * 1024 * 1024);
    expect(loadConfig({ BOARD_PICTURES_MAX_BYTES: '1048576' }).BOARD_PICTURES_MAX_BYTES).toBe(1_048_576);
    for (const bad of ['0', '-5', 'lots', '1.5', '1e400']) expect(() => loadConfig({ BOARD_PICTURES_MAX_BYTES: bad })).toThrow(ConfigError);
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
