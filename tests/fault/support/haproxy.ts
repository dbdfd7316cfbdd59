import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/relayProcess';

const haproxyBinary = '/usr/sbin/haproxy';

export interface HaproxyOptions {
  /** `address:port` the load balancer listens on. */
  listen: string;
  /** Each relay's name and `address:port`. */
  relays: ReadonlyArray<{ name: string; address: string }>;
  /** How often each relay's /readyz is asked; a relay is out after two failed checks, back after two good ones. */
  checkInterval: string;
}

/**
 * The HAProxy configuration the README gives operators, with the relays filled in: WebSockets pass
 * through (`timeout tunnel` keeps an idle socket open), a relay whose /readyz fails is taken out,
 * and a connection that fails is sent to another relay, so a dead relay's clients reconnect to a
 * live one. The response names the relay that served it (X-Washup-Relay), for operators' logs and
 * for the tests, which read it to know where each client landed.
 */
export function haproxyConfig({ listen, relays, checkInterval }: HaproxyOptions): string {
  return `global
  maxconn 4000

defaults
  mode http
  option http-server-close
  option forwardfor
  option redispatch
  retries 3
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  timeout client-fin 5s

frontend washup
  bind ${listen}
  default_backend relays

backend relays
  balance leastconn
  option httpchk GET /readyz
  http-check expect status 200
  http-response set-header X-Washup-Relay %[srv_name]
  default-server inter ${checkInterval} fall 2 rise 2
${relays.map((relay) => `  server ${relay.name} ${relay.address} check`).join('\n')}
`;
}

export interface Haproxy {
  url: string;
  wsUrl: string;
  stop(): Promise<void>;
}

/** HAProxy (Debian's /usr/sbin/haproxy) in the foreground on a free loopback port, in front of `relays`. */
export async function startHaproxy(relays: HaproxyOptions['relays'], checkInterval = '300ms'): Promise<Haproxy> {
  if (!existsSync(haproxyBinary)) throw new Error('HAProxy is not installed: run `apt-get install -y haproxy` (Debian) to run the scale-out fault suite');
  const dir = mkdtempSync(path.join(tmpdir(), 'washup-haproxy-'));
  const port = await freePort();
  const file = path.join(dir, 'haproxy.cfg');
  writeFileSync(file, haproxyConfig({ listen: `127.0.0.1:${port}`, relays, checkInterval }));
  const child = spawn(haproxyBinary, ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited with ${child.exitCode}: ${output}`);
    const ready = await fetch(`${url}/readyz`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`haproxy did not pass a request to a relay within 15 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
