// `pnpm bench [--quick] [--help] ...`: Washup's relay against the y-websocket server and Hocuspocus.
// Checks that the anchors' native modules load (compiling from source with node-gyp when the
// registry package ships no binary for this machine: nothing is downloaded from anywhere else),
// then runs tests/load/bench.ts under tsx. Options: tests/load/params.ts, or `pnpm bench --help`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './buildServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tests = path.join(root, 'tests');

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

/** The folder of `name` as `fromPackageDir` would load it, or null. */
function resolvePackage(fromPackageDir, name) {
  try {
    const require = createRequire(path.join(realpathSync(fromPackageDir), 'package.json'));
    let dir = path.dirname(require.resolve(name));
    while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
    return dir;
  } catch {
    return null;
  }
}

function loads(fromPackageDir, name) {
  const check = `require(${JSON.stringify(name)})`;
  const result = spawnSync(process.execPath, ['-e', check], { cwd: realpathSync(fromPackageDir), encoding: 'utf8' });
  return result.status === 0;
}

/** node-gyp: npm's own copy beside this node, or one in the workspace's store. */
function findNodeGyp() {
  const candidates = [
    path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
    path.resolve(path.dirname(process.execPath), '../lib/node_modules/pnpm/dist/node_modules/node-gyp/bin/node-gyp.js'),
  ];
  const fromSqlite = resolvePackage(path.join(tests, 'node_modules/@hocuspocus/extension-sqlite'), 'sqlite3');
  if (fromSqlite) {
    const inStore = resolvePackage(fromSqlite, 'node-gyp');
    if (inStore) candidates.push(path.join(inStore, 'bin/node-gyp.js'));
  }
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** Node's headers from this installation, so node-gyp needs no download. */
function localNodeDir() {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return existsSync(path.join(prefix, 'include/node/node_api.h')) ? prefix : null;
}

/**
 * pnpm only runs the build scripts the workspace allows, and sqlite3 (Hocuspocus's SQLite driver)
 * is not among them: its binary would come from GitHub, which is not reachable. Build it from the
 * source in its registry package instead, once.
 */
function ensureNative(label, fromPackageDir, name, { compile = true } = {}) {
  if (!existsSync(fromPackageDir)) return `${label}: not installed (run pnpm install)`;
  if (loads(fromPackageDir, name)) return null;
  if (!compile) return `${label}: ${name} does not load on this machine`;
  const dir = resolvePackage(fromPackageDir, name);
  const gyp = findNodeGyp();
  const nodedir = process.env.npm_config_nodedir || localNodeDir();
  if (!dir || !gyp || !nodedir) {
    return `${label}: ${name} has no binary for this machine and cannot be compiled here (node-gyp ${gyp ? 'found' : 'missing'}, node headers ${nodedir ? 'found' : 'missing'})`;
  }
  log(`${name} has no binary for node ${process.version}: compiling it from source with node-gyp (about a minute, once)`);
  const build = spawnSync(process.execPath, [gyp, 'rebuild', `--nodedir=${nodedir}`, '--jobs=2'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0 || !loads(fromPackageDir, name)) return `${label}: compiling ${name} failed`;
  return null;
}

const args = process.argv.slice(2);
// Workloads reach each benchmark through its arguments (below), never twice through the environment.
const env = { ...process.env };
delete env.BENCH_WORKLOADS;
if (!args.includes('--help')) {
  const problems = [
    ensureNative('Hocuspocus', path.join(tests, 'node_modules/@hocuspocus/extension-sqlite'), 'sqlite3'),
    // leveldown (under y-leveldb) ships prebuilt binaries inside its registry package.
    ensureNative('y-websocket', path.join(tests, 'node_modules/@y/websocket-server'), 'y-leveldb', { compile: false }),
  ].filter(Boolean);
  if (problems.length > 0) {
    for (const problem of problems) log(problem);
    log('fix the above (pnpm install; a C++ toolchain for node-gyp), or leave that server out with --servers=…');
    const chosen = args.find((a) => a.startsWith('--servers'));
    if (!chosen && !process.env.BENCH_SERVERS) process.exit(1);
  }
}

/** Runs one benchmark script under tsx; resolves with its exit code. */
function run(script, scriptArgs) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(tests, script), ...scriptArgs], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/**
 * The benchmarks in Chromium, by the name `--workloads` knows them by; the rest of that list goes
 * to the relay workloads (tests/load/bench.ts). Without `--workloads`, everything runs.
 */
const browserBenches = [
  // The board at review scale (it needs the built client).
  { name: 'board', script: 'load/boardOpen.bench.ts' },
  // The client on throttled school wifi: first and second visit, and the size of every chunk.
  { name: 'visit', script: 'load/firstVisit.bench.ts' },
  // The Canvas tab at review scale: 1,000 card shapes and 500 free shapes.
  { name: 'canvas', script: 'load/canvas.bench.ts' },
  // One keystroke in the report's summary on a board of 2,000 cards and 100 themes.
  { name: 'report', script: 'load/reportKeystroke.bench.ts' },
  // A Council countdown left running on a projector, a laptop and a phone: main-thread cost, redraws, turn-over lateness; then each step's end cue.
  { name: 'countdown', script: 'load/councilCountdown.bench.ts' },
  // The relay's record check per update on a 5,000-card board, in process: a few seconds.
  { name: 'guard', script: 'load/recordGuard.bench.ts' },
];
const browserNames = new Set(browserBenches.map((bench) => bench.name));
const workloadsAt = args.findIndex((a) => a === '--workloads' || a.startsWith('--workloads='));
const chosenList = workloadsAt < 0 ? process.env.BENCH_WORKLOADS : args[workloadsAt].includes('=') ? args[workloadsAt].slice('--workloads='.length) : args[workloadsAt + 1];
const chosen = chosenList === undefined ? null : chosenList.split(',').map((name) => name.trim()).filter(Boolean);
const relayWorkloads = chosen?.filter((name) => !browserNames.has(name)) ?? null;
const relayArgs = [...args];
if (workloadsAt >= 0) relayArgs.splice(workloadsAt, args[workloadsAt].includes('=') ? 1 : 2);
if (relayWorkloads && relayWorkloads.length > 0) relayArgs.push(`--workloads=${relayWorkloads.join(',')}`);
const runsRelay = args.includes('--help') || relayWorkloads === null || relayWorkloads.length > 0;

// The relay runs compiled, as `pnpm start` runs it.
if (!args.includes('--help') && (await buildServer())) log('built the relay into server/dist');
if (runsRelay) {
  const relayCode = await run('load/bench.ts', relayArgs);
  if (relayCode !== 0 || args.includes('--help')) process.exit(relayCode);
}
const chosenBenches = browserBenches.filter((bench) => chosen === null || chosen.includes(bench.name));
if (chosenBenches.length > 0 && !existsSync(path.join(root, 'client/dist/index.html'))) {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
for (const bench of chosenBenches) {
  const code = await run(bench.script, []);
  if (code !== 0) process.exit(code);
}
