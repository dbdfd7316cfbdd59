import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRelay, type Relay } from '../src/app';
import { configSchema } from '../src/config';

let relay: Relay | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  await relay?.app.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  relay = undefined;
  dataDir = undefined;
});

/** The relay (not listening: requests are injected) serving a stand-in for the built app. */
async function relayWithApp(): Promise<Relay> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'washup-headers-'));
  const dist = path.join(dataDir, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Washup</title>');
  relay = await buildRelay(configSchema.parse({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', CLIENT_DIST: dist }));
  return relay;
}

function directives(header: string | string[] | number | undefined): Map<string, string> {
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values.join(' ')]),
  );
}

describe('security headers', () => {
  it('sends a Content-Security-Policy and the other protective headers with the app', async () => {
    const { app } = await relayWithApp();
    for (const url of ['/', '/b/some-board']) {
      const page = await app.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      const csp = directives(page.headers['content-security-policy']);
      expect(csp.get('default-src')).toBe("'self'");
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('connect-src')).toBe("'self'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends them with API answers and errors too', async () => {
    const { app } = await relayWithApp();
    for (const url of ['/api/templates', '/api/no-such-route']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});
