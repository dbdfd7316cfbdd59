import { describe, expect, it } from 'vitest';
import { relayPerTest } from './support/relay';

const startTestRelay = relayPerTest();

describe('who may read /metrics', () => {
  it('answers a direct request from this machine when no METRICS_TOKEN is set, and nobody through a proxy', async () => {
    const relay = await startTestRelay();
    const direct = await fetch(`${relay.url}/metrics`);
    expect(direct.status).toBe(200);
    expect(await direct.text()).toContain('washup_rooms_loaded');
    const viaProxy: Array<Record<string, string>> = [{ 'x-forwarded-for': '198.51.100.7' }, { forwarded: 'for=198.51.100.7' }];
    for (const header of viaProxy) {
      const proxied = await fetch(`${relay.url}/metrics`, { headers: header });
      expect(proxied.status).toBe(404);
      expect(((await proxied.json()) as { error: { message: string } }).error.message).toMatch(/METRICS_TOKEN/);
    }
  });

  it('asks for the METRICS_TOKEN as a bearer token when one is set', async () => {
    const token = 'a-long-enough-metrics-token';
    const relay = await startTestRelay({ METRICS_TOKEN: token });
    expect((await fetch(`${relay.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${relay.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
    const allowed = await fetch(`${relay.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('washup_sockets_open');
  });
});
