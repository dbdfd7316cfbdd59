import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ScriptOutcome {
  code: number | null;
  /** stdout and stderr together, as a person at the terminal sees them. */
  output: string;
}

/**
 * Runs one of the server's entry points (`main.ts`, `cli/backup.ts`, …) in its own process from the
 * project folder, as the pnpm scripts do; killed after 30 s so a hung script fails the test.
 */
export function runServerScript(script: string, args: string[], env: Record<string, string>): Promise<ScriptOutcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('server/src', script), ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', WASHUP_SECRET: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}
