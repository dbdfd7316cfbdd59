// Compiles the relay (server/src with the shared sources it imports) to plain JavaScript in
// server/dist, so `pnpm start` and the benchmark run it with `node` and no TypeScript loader.
// Run alone (`node scripts/buildServer.mjs`) it builds when the sources are newer than the build.
import { existsSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'server');
export const serverDist = path.join(serverDir, 'dist');
export const builtServer = path.join(serverDist, 'main.js');

/**
 * Node flags the compiled relay runs with (`pnpm start`, the benchmark). `--max-semi-space-size=4`
 * caps V8's young generation at two 4 MiB semi-spaces (by default V8 grows them to 16 MiB each
 * under a fan-out's allocation rate, all of it resident, for objects that mostly live for one
 * frame). `--optimize-for-size` (1 MiB semi-spaces, an old generation grown in smaller steps, less
 * optimised code) was measured and left out: about 25 MiB less at the fan-out's peak, but 20–40 %
 * more of a core under the fan-out and 60–75 % more in the hot room, where the relay's CPU is what
 * limits how many boards one relay serves; `--max-semi-space-size=1` cost the CPU without the
 * memory (README, Performance).
 * `--heap-growing-percent=50` lets the old generation grow to 1.5 times what survived the last full
 * collection before the next one starts. With V8's own factor (up to 4 for a small heap) the edits'
 * short-lived data that outlives the small young generation piled up as garbage: old space grew by
 * about 0.9 MiB a second under the fan-out, all of it resident, and a forced full collection then
 * freed about 15 MiB of it. With the flag the fan-out's peak is 5 MiB lower (interleaved with the
 * anchors; 13 MiB in runs of Washup alone) and the 50 + 50 hot room's about 56 MiB, at the same CPU
 * and latency; at 20 % the full collections came often enough to show in the fan-out's p99 (README,
 * Performance).
 */
export const relayNodeFlags = ['--max-semi-space-size=4', '--heap-growing-percent=50'];

/**
 * Environment the compiled relay runs with. glibc gives each thread that allocates (the storage
 * thread, libuv's file-system pool, V8's helpers) a malloc arena of its own, each keeping what was
 * freed in it resident; two arenas serve the relay's threads, which rarely allocate at the same
 * moment: 3–4 MiB less at rest, 5–16 MiB less with 1,500 sockets synced (README, Performance).
 */
export const relayEnv = { MALLOC_ARENA_MAX: '2' };

/** The latest modification time under `dir`, skipping installed packages and builds. */
export function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function sourcesChanged() {
  return Math.max(
    newestChange(path.join(serverDir, 'src')),
    newestChange(path.join(root, 'shared/src')),
    statSync(path.join(serverDir, 'package.json')).mtimeMs,
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
}

/** esbuild comes with tsx (a development dependency of the workspace), so nothing more is installed. */
async function loadEsbuild() {
  const fromTsx = createRequire(realpathSync(path.join(root, 'node_modules/tsx/package.json')));
  return import(pathToFileURL(fromTsx.resolve('esbuild')).href);
}

/**
 * Packages that stay outside the bundle: the native SQLite driver (its binary is found next to its
 * JavaScript) and pg's optional native binding, which is not installed.
 */
const unbundled = ['better-sqlite3', 'pg-native'];

/**
 * Bundles Node entry points, with the sources and packages they import, into one file each: Node
 * then resolves and reads one file instead of hundreds at start. Bundled CommonJS packages get a
 * `require` of their own for Node's built-in modules. The relay is built with it, and so is the
 * benchmark's stack floor (server/bench), so the two are measured alike.
 */
export async function bundleForNode({ entryPoints, outdir }) {
  const esbuild = await loadEsbuild();
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    // Parts imported only when needed (PostgreSQL, Redis, DOCX) become chunks of their own.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: unbundled,
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);" },
    tsconfig: path.join(serverDir, 'tsconfig.json'),
    // V8 keeps each module's source text in the heap for as long as the relay runs, and a single
    // character beyond Latin-1 (in a comment) makes it keep a whole file at two bytes a character.
    // Without comments and indentation the texts are ASCII and take a third of the heap they took
    // (about 5 MiB less resident memory); names are kept, so stack traces still read. Licence
    // comments go to files beside the bundle.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'external',
    logLevel: 'warning',
  });
}

/** Builds the relay and its storage worker into server/dist, unless the build is newer than every source. */
export async function buildServer({ force = false } = {}) {
  if (!force && existsSync(builtServer) && statSync(builtServer).mtimeMs >= sourcesChanged()) return false;
  await bundleForNode({
    entryPoints: {
      main: path.join(serverDir, 'src/main.ts'),
      sqliteWriterWorker: path.join(serverDir, 'src/storage/sqliteWriterWorker.ts'),
    },
    outdir: serverDist,
  });
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const built = await buildServer({ force: process.argv.includes('--force') });
  console.log(built ? `Built the relay into server/dist in ${Math.round(performance.now() - started)} ms` : 'The relay build is up to date');
}
