// `pnpm start`: builds the client and the relay when their sources are newer than their builds,
// then runs the compiled relay with plain node (no TypeScript loader), which serves the app and
// the sync sockets on one port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, builtServer, newestChange, relayEnv, relayNodeFlags } from './buildServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'client/dist/index.html');

const sourcesChanged = Math.max(newestChange(path.join(root, 'client')), newestChange(path.join(root, 'shared/src')));
if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sourcesChanged) {
  console.log('Building the client…');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (await buildServer()) console.log('Built the relay.');

const relay = spawn(process.execPath, [...relayNodeFlags, builtServer], { cwd: root, env: { ...process.env, ...relayEnv }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => relay.kill(signal));
relay.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
