import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { freePort } from '../../../tests/support/relayProcess';

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}

/** A throwaway Redis on loopback with a random port (or `port`, to start it again where it was) and no persistence. */
export async function startRedis(port?: number): Promise<RedisServer> {
  const binary = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((candidate) => existsSync(candidate));
  if (!binary) throw new Error('Redis is not installed: run `apt-get install -y redis-server` (Debian) to run these tests');
  const listenPort = port ?? (await freePort());
  const child = spawn(binary, ['--port', String(listenPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 15_000;
  while (!(await ping(listenPort))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('Redis did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${listenPort}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
