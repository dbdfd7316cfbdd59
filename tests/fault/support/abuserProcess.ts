import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AbuseFigures, AbuseOptions } from './abuserPool';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs the abusers in a child process; resolves with their figures when they are done. */
export function abuseFromChildProcess(options: AbuseOptions): Promise<AbuseFigures> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fault/support/abuserMain.ts'], {
    cwd: repoRoot,
    env: { ...process.env, FAULT_ABUSE: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  // The child bounds itself by its deadline; this only catches a hung child.
  const watchdog = setTimeout(() => child.kill('SIGKILL'), options.durationMs + 60_000);
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      clearTimeout(watchdog);
      const line = output.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as AbuseFigures);
      else reject(new Error(`the abuser process ended with ${signal ?? code}: ${output.slice(-500)}`));
    });
  });
}
