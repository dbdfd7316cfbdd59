// `pnpm test:busy [command …]`: runs `pnpm test` (or the command given, e.g. `pnpm test:busy pnpm
// test:e2e`) with another process keeping one core busy the whole time, as a reviewer's laptop or
// a shared CI machine does. The suite must pass so, with its ordinary timeouts: a test that fails
// only here waits on time rather than on what the page shows, or an interaction costs too much.
// The busy process is a plain loop, bounded in time (BUSY_LIMIT_MINUTES, default 60), and ends
// with the suite.
import { spawn } from 'node:child_process';

const limitMs = Number(process.env.BUSY_LIMIT_MINUTES ?? 60) * 60_000;
const [command = 'pnpm', ...args] = process.argv.length > 2 ? process.argv.slice(2) : ['pnpm', 'test'];

const busy = spawn(process.execPath, ['-e', `const end = Date.now() + ${limitMs}; while (Date.now() < end);`], { stdio: 'ignore' });
process.stderr.write(`[test:busy] one core kept busy by process ${busy.pid} while running: ${[command, ...args].join(' ')}\n`);

const suite = spawn(command, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => suite.kill(signal));
suite.on('exit', (code, signal) => {
  busy.kill();
  process.exit(code ?? (signal ? 1 : 0));
});
// A command that cannot start (not found, say) never exits: end the busy loop with it.
suite.on('error', (error) => {
  busy.kill();
  process.stderr.write(`[test:busy] could not run ${command}: ${error.message}\n`);
  process.exit(1);
});
