import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { postgresBin } from '../../../server/test/support/postgresServer';
import { within } from './within';

const psql = () => path.join(postgresBin(), 'psql');

/** One query through psql, its rows as unaligned text. */
export function sql(databaseUrl: string, query: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(psql(), [databaseUrl, '-Atqc', query], (error, stdout) => (error ? reject(error) : resolve(stdout.trim())));
  });
}

export interface TableLock {
  release(): Promise<void>;
}

/**
 * Holds an EXCLUSIVE lock on a table in an open transaction: reads go on, every insert waits. The
 * fault suite uses it to stop a relay's append in the database, so it can be killed at exactly that
 * moment (the table-lock trick).
 */
export async function lockTable(databaseUrl: string, table: string): Promise<TableLock> {
  const child = spawn(psql(), [databaseUrl, '-Atq', '-v', 'ON_ERROR_STOP=1'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const locked = new Promise<void>((resolve) => {
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('locked')) resolve();
    });
  });
  child.stdin.write(`BEGIN; LOCK TABLE ${table} IN EXCLUSIVE MODE; SELECT 'locked';\n`);
  await within(locked, 10_000, `the lock on ${table}`);
  return {
    async release() {
      child.stdin.end('COMMIT;\n');
      await within(exited, 10_000, `the lock on ${table} to be released`);
    },
  };
}

/** Whether an insert into doc_updates by this relay (its connections' application_name) waits for a lock: its append is held. */
export async function appendWaits(databaseUrl: string, relayName: string): Promise<boolean> {
  const query = `SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO doc_updates%' AND application_name = '${relayName}'`;
  return Number(await sql(databaseUrl, query)) > 0;
}

