import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../tests/support/relayProcess';

export interface PostgresServer {
  url: string;
  /**
   * Stops the server as an operator's restart would (clients' connections are dropped), runs
   * `whileDown`, then starts it again.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, 'bin')).find((dir) => existsSync(path.join(dir, 'postgres')));
  if (!found) throw new Error('PostgreSQL is not installed: run `apt-get install -y postgresql` (Debian) to run these tests');
  return found;
}

/**
 * A throwaway PostgreSQL server on loopback with a random port and a temp data folder. PostgreSQL
 * refuses to run as root, so as root it runs as the `postgres` user the Debian package creates.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'washup-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (command: string, args: string[]) =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]] as const : [path.join(bin, command), args] as const;
  if (asRoot) {
    const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  chmodSync(dir, 0o700);
  const dataDir = path.join(dir, 'data');
  const [initCommand, initArgs] = run('initdb', ['-D', dataDir, '-U', 'washup', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  execFileSync(initCommand, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [startCommand, startArgs] = run('pg_ctl', [
    '-D', dataDir, '-w', '-t', '30', '-l', path.join(dir, 'server.log'),
    '-o', `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=on`, 'start',
  ]);
  execFileSync(startCommand, startArgs, { stdio: 'ignore' });
  const url = `postgres://washup@127.0.0.1:${port}/postgres`;
  const [stopCommand, stopArgs] = run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  return {
    url,
    async restart(whileDown) {
      execFileSync(stopCommand, stopArgs, { stdio: 'ignore' });
      try {
        await whileDown?.();
      } finally {
        execFileSync(startCommand, startArgs, { stdio: 'ignore' });
      }
    },
    async stop() {
      execFileSync(stopCommand, stopArgs, { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
