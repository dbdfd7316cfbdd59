import { describe, expect, it } from 'vitest';
import { canvasConfigSchema } from '@washup/shared/canvas';
import { ConfigError, loadConfig } from '../src/config';
import { api, relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();
const key = 'tldraw-2026-12-31/WyJhYmMiLCJ0ZXN0Il0=.c2lnbmF0dXJl';

describe('the tldraw licence key from TLDRAW_LICENSE_KEY', () => {
  it('is handed to the canvas by GET /api/canvas/config, and is null without one', async () => {
    const withKey = await startTestRelay({ TLDRAW_LICENSE_KEY: key });
    const answer = await api(withKey.url, 'GET', '/api/canvas/config');
    expect(answer.status).toBe(200);
    expect(canvasConfigSchema.parse(answer.body)).toEqual({ licenseKey: key });
    await withKey.stop();

    const without = await startTestRelay();
    expect(canvasConfigSchema.parse((await api(without.url, 'GET', '/api/canvas/config')).body)).toEqual({ licenseKey: null });
  });

  it('stops the relay at start with a message naming it when the key is not a tldraw key', () => {
    expect(() => loadConfig({ TLDRAW_LICENSE_KEY: 'not a key' })).toThrow(ConfigError);
    expect(() => loadConfig({ TLDRAW_LICENSE_KEY: 'not a key' })).toThrow(/TLDRAW_LICENSE_KEY must be a tldraw licence key/);
    expect(() => loadConfig({ TLDRAW_LICENSE_KEY: `tldraw-${'a'.repeat(5000)}` })).toThrow(/TLDRAW_LICENSE_KEY is longer than any tldraw licence key/);
    expect(loadConfig({ TLDRAW_LICENSE_KEY: key }).TLDRAW_LICENSE_KEY).toBe(key);
  });
});
