import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRelay, type Relay } from '../src/app';
import { configSchema } from '../src/config';

/**
 * The built client as the relay serves it: compressed copies chosen by Accept-Encoding, caching by
 * kind of file, nothing else reachable. A stand-in build with the shape `vite build` writes: hashed
 * files under assets/ with their .br and .gz copies and a source map, index.html and sw.js.
 */
const script = `export const words = ${JSON.stringify('the same words again and again '.repeat(200))};\n`;
const secret = 'the signing key, which no path may reach';
const files = {
  'index.html': '<!doctype html><title>Washup</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>',
  'sw.js': "self.addEventListener('fetch', () => {});",
  'assets/index-Ab12Cd34.js': script,
  'assets/favicon-Ef56Gh78.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

let relay: Relay | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  await relay?.app.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  relay = undefined;
  dataDir = undefined;
});

async function relayWithBuild(): Promise<Relay> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'washup-client-'));
  const dist = path.join(dataDir, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(dist, name), text);
    writeFileSync(path.join(dist, `${name}.br`), brotliCompressSync(text));
    writeFileSync(path.join(dist, `${name}.gz`), gzipSync(text));
  }
  writeFileSync(path.join(dist, 'assets/index-Ab12Cd34.js.map'), '{"version":3,"sources":["../src/main.tsx"]}');
  // Beside the served folder, as DATA_DIR's key file is beside client/dist's parent in a checkout.
  writeFileSync(path.join(dataDir, 'secret.txt'), secret);
  relay = await buildRelay(configSchema.parse({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', CLIENT_DIST: dist }));
  return relay;
}

/** The body as the browser would read it, undoing the Content-Encoding the relay chose. */
function decoded(body: Buffer, encoding: unknown): string {
  if (encoding === 'br') return brotliDecompressSync(body).toString();
  if (encoding === 'gzip') return gunzipSync(body).toString();
  expect(encoding).toBeUndefined();
  return body.toString();
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await relay!.app.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, headers: response.headers, body: response.rawPayload };
}

describe('the built client', () => {
  it('sends the brotli copy, else the gzip copy, else the file, as Accept-Encoding allows, and says it varies by it', async () => {
    await relayWithBuild();
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=1.0, br;q=0.5', 'gzip'],
      ['identity', undefined],
      ['deflate', undefined],
      [undefined, undefined],
    ];
    for (const [acceptEncoding, expected] of cases) {
      const response = await get('/assets/index-Ab12Cd34.js', acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding });
      expect(response.status, acceptEncoding).toBe(200);
      expect(response.headers['content-encoding'], acceptEncoding).toBe(expected);
      expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      expect(decoded(response.body, response.headers['content-encoding'])).toBe(script);
    }
    const compressed = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br' });
    expect(compressed.body.length).toBeLessThan(script.length / 10);
  });

  it('keeps hashed assets for a year, and has index.html and the service worker checked on every use', async () => {
    await relayWithBuild();
    for (const url of ['/assets/index-Ab12Cd34.js', '/assets/favicon-Ef56Gh78.svg']) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const response = await get(url, { 'accept-encoding': encoding });
        expect(response.status).toBe(200);
        expect(response.headers['cache-control'], `${url} ${encoding}`).toBe('public, max-age=31536000, immutable');
      }
    }
    for (const url of ['/', '/index.html', '/b/some-board', '/b/some-board/council', '/sw.js']) {
      const response = await get(url, { 'accept-encoding': 'gzip, br' });
      expect(response.status, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    }
    expect(decoded((await get('/b/some-board', { 'accept-encoding': 'gzip' })).body, 'gzip')).toBe(files['index.html']);
  });

  it('serves no source map and no compressed copy under its own name', async () => {
    await relayWithBuild();
    for (const url of ['/assets/index-Ab12Cd34.js.map', '/assets/index-Ab12Cd34.js.br', '/assets/index-Ab12Cd34.js.gz', '/index.html.br', '/sw.js.gz']) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const response = await get(url, { 'accept-encoding': encoding });
        expect(response.status, url).toBe(404);
        expect(response.body.toString()).not.toContain('sources');
      }
    }
  });

  it('answers a hostile Accept-Encoding with a readable file, never an error', async () => {
    await relayWithBuild();
    const hostile = [
      '',
      ',,,;;;===',
      'br;q=NaN, gzip;q=-1',
      'br;q=1;q=0;q=2',
      'gzip;q=0, br;q=0, identity;q=0',
      '*;q=0',
      '*',
      'x'.repeat(8_000),
      Array.from({ length: 1_000 }, (_, i) => `enc${i};q=0.${i % 10}`).join(','),
      '../../secret.txt',
      'br\u00ff\u00fe',
      'gzip\tbr',
    ];
    for (const acceptEncoding of hostile) {
      const response = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': acceptEncoding });
      expect(response.status, acceptEncoding.slice(0, 40)).toBe(200);
      expect(['br', 'gzip', undefined]).toContain(response.headers['content-encoding']);
      expect(decoded(response.body, response.headers['content-encoding'])).toBe(script);
    }
  });

  it('reaches nothing outside the built client by any path', async () => {
    await relayWithBuild();
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/%252e%252e/%252e%252e/secret.txt',
      '/assets/....//....//secret.txt',
      '/assets/..\\..\\secret.txt',
      '/assets/index-Ab12Cd34.js%00.map',
      '/assets/index-Ab12Cd34.js/../../secret.txt',
      '/b/../../secret.txt',
      '/b/%2e%2e/%2e%2e/secret.txt',
      '//secret.txt',
      '/secret.txt',
    ];
    for (const url of attempts) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const response = await get(url, { 'accept-encoding': encoding });
        const text = decoded(response.body, response.headers['content-encoding']);
        expect(text, url).not.toContain(secret);
        // Either refused, or a board path given the app's page.
        if (response.status === 200) expect(text, url).toBe(files['index.html']);
        else expect(response.status, url).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it('answers a repeat visit over a real socket with 304 once the file is cached', async () => {
    const { app } = await relayWithBuild();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    // node:http sends the path as written (no `..` folding), as a hostile client would.
    const fetchRaw = (pathname: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, path: pathname, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        });
        request.on('error', reject);
        request.end();
      });
    const first = await fetchRaw('/', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers.etag).toBeTruthy();
    const again = await fetchRaw('/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const traversal = await fetchRaw('/assets/../../secret.txt', { 'accept-encoding': 'identity' });
    expect(traversal.body.toString()).not.toContain(secret);
    expect(traversal.status).toBe(404);
  });
});
