import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startRelayProcess, type RelayProcess } from '../../support/relayProcess';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Every spec of a worker creates its boards on one relay from one address, more than the 30 an
 * hour a real address may; the limit itself is tested against the relay (server/test/rateLimits).
 */
const e2eRelayEnv = { RATE_LIMIT_BOARDS_PER_HOUR: '1000' };

/**
 * The real relay as its own process on 127.0.0.1, serving the built client, with its data in a
 * temp folder. It can be stopped and started again on the same port and data, as a server
 * restart or a dropped connection looks to the browser.
 */
export class E2ERelay {
  private process: RelayProcess | null = null;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  static async start(): Promise<E2ERelay> {
    // The relay serves CLIENT_DIST when it is set (a private build), otherwise client/dist.
    const clientDist = process.env.CLIENT_DIST ?? path.join(repoRoot, 'client/dist');
    if (!existsSync(path.join(clientDist, 'index.html'))) {
      throw new Error(`The client is not built in ${clientDist}: run \`npx vite build\` (or \`pnpm test:e2e\`, which builds it first).`);
    }
    const relay = new E2ERelay(await freePort(), mkdtempSync(path.join(tmpdir(), 'washup-e2e-')));
    await relay.resume();
    return relay;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.process !== null;
  }

  /** Stops the relay (SIGTERM: it closes sockets and flushes storage, as a deploy would). */
  async pause(): Promise<void> {
    const current = this.process;
    this.process = null;
    await current?.stop('SIGTERM');
  }

  /** Starts it again on the same port with the same data. */
  async resume(): Promise<void> {
    if (this.process) return;
    this.process = await startRelayProcess(this.dataDir, e2eRelayEnv, this.port);
  }

  async dispose(): Promise<void> {
    await this.pause();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
