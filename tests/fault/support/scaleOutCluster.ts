import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPostgres, type PostgresServer } from '../../../server/test/support/postgresServer';
import { startRedis, type RedisServer } from '../../../server/test/support/redisServer';
import { freePort, startRelayProcess, type RelayProcess } from '../../support/relayProcess';
import { startHaproxy, type Haproxy } from './haproxy';
import { until } from './until';

/**
 * A relay of the cluster as its own process. Its database connections carry its name
 * (application_name), so the tests can see in pg_stat_activity whose append waits for a lock.
 */
function startRelay(relay: ClusterRelay, dataDir: string, env: Record<string, string>): Promise<RelayProcess> {
  const databaseUrl = `${env.DATABASE_URL}?application_name=${relay.name}`;
  return startRelayProcess(path.join(dataDir, relay.name), { ...env, DATABASE_URL: databaseUrl }, relay.port);
}

/** One relay of the cluster: its name in the load balancer, its port, and its process while it runs. */
export interface ClusterRelay {
  name: string;
  port: number;
  process: RelayProcess | null;
}

/**
 * PostgreSQL, Redis, several relay processes sharing them, and HAProxy in front, all on loopback, as
 * a trust would run Washup on more than one machine. Relays can be killed and started again on
 * the same port; PostgreSQL and Redis can be restarted where they were.
 */
export class ScaleOutCluster {
  private constructor(
    readonly postgres: PostgresServer,
    private redisServer: RedisServer,
    private readonly redisPort: number,
    readonly relays: ClusterRelay[],
    readonly proxy: Haproxy,
    private readonly env: Record<string, string>,
    private readonly dataDir: string,
  ) {}

  static async start(relayCount: number): Promise<ScaleOutCluster> {
    const redisPort = await freePort();
    const [postgres, redis] = await Promise.all([startPostgres(), startRedis(redisPort)]);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'washup-scaleout-'));
    const env = {
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      WASHUP_SECRET: 'e3Jq9dKk0vWm1bXy7Lr2Nc8Tp4Gh6Sa5Zf0Qw3Ee9Rt1Yu7Ii2Oo4Pp6Aa8Ss0Dd',
      // Outages make every relay log errors by design; a failing assertion says what went wrong.
      LOG_LEVEL: 'fatal',
      ROOM_IDLE_MS: '200',
      // Every client of the suite comes from 127.0.0.1 through one proxy: per-address limits would count them as one person.
      RATE_LIMIT_REQUESTS_PER_MINUTE: '0',
      RATE_LIMIT_JOINS_PER_MINUTE: '0',
      RATE_LIMIT_BOARDS_PER_HOUR: '0',
      MAX_SOCKETS_PER_TOKEN: '1000',
      MAX_SOCKETS_PER_ADDRESS: '10000',
      TOKEN_FRAMES_PER_SECOND: '100000',
      TOKEN_BYTES_PER_SECOND: '1000000000',
    };
    const relays: ClusterRelay[] = [];
    for (let i = 0; i < relayCount; i++) relays.push({ name: `relay${i + 1}`, port: await freePort(), process: null });
    try {
      // One after another: three relays compiling their TypeScript at once starve a 2-core machine.
      for (const relay of relays) relay.process = await startRelay(relay, dataDir, env);
      const proxy = await startHaproxy(relays.map((relay) => ({ name: relay.name, address: `127.0.0.1:${relay.port}` })));
      return new ScaleOutCluster(postgres, redis, redisPort, relays, proxy, env, dataDir);
    } catch (error) {
      // Nothing the suite started may outlive a failed start.
      await Promise.all(relays.map((relay) => relay.process?.stop('SIGKILL')));
      await Promise.all([postgres.stop(), redis.stop()]);
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  relay(name: string): ClusterRelay {
    const found = this.relays.find((relay) => relay.name === name);
    if (!found) throw new Error(`no relay named ${name}`);
    return found;
  }

  /** The relay's own address, for a client that must reach that relay and no other. */
  directWsUrl(name: string): string {
    return `ws://127.0.0.1:${this.relay(name).port}/sync`;
  }

  /** Resolves once HAProxy passes requests to every running relay again (its health checks saw each ready). */
  async allServing(): Promise<void> {
    const running = this.relays.filter((relay) => relay.process).map((relay) => relay.name);
    const seen = new Set<string>();
    await until(async () => {
      const response = await fetch(`${this.proxy.url}/readyz`).catch(() => null);
      const relay = response?.ok ? response.headers.get('x-washup-relay') : null;
      if (relay) seen.add(relay);
      else seen.clear();
      return running.every((name) => seen.has(name));
    }, 30_000, 'HAProxy to pass requests to every relay');
  }

  async kill(name: string): Promise<void> {
    const relay = this.relay(name);
    await relay.process?.stop('SIGKILL');
    relay.process = null;
  }

  async startAgain(name: string): Promise<void> {
    const relay = this.relay(name);
    relay.process = await startRelay(relay, this.dataDir, this.env);
  }

  /** Stops Redis, runs `whileDown`, and starts it again on the same port. */
  async restartRedis(whileDown: () => Promise<void>): Promise<void> {
    await this.redisServer.stop();
    try {
      await whileDown();
    } finally {
      this.redisServer = await startRedis(this.redisPort);
    }
  }

  async stop(): Promise<void> {
    await this.proxy.stop().catch(() => undefined);
    await Promise.all(this.relays.map((relay) => relay.process?.stop('SIGKILL')));
    await Promise.all([this.postgres.stop(), this.redisServer.stop()]);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
