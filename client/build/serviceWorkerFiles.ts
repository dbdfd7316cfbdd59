import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The line in `client/public/sw.js` that the build replaces. */
const placeholder = "const build = { id: 'unbuilt', code: [] };";

/**
 * Writes this build's code files (every script and style chunk, the views loaded on demand
 * included) into the built service worker, with an id made from all the build's file names. The
 * worker fetches them all when it installs, so every view opens offline, not only those already
 * opened; and since a new build changes the worker's bytes, browsers install the new worker, which
 * caches the new files and drops the old ones.
 */
export async function writeServiceWorkerFiles(outDir: string, builtFiles: readonly string[]): Promise<void> {
  const served = builtFiles.filter((file) => !file.endsWith('.map')).sort();
  const code = served.filter((file) => /\.(?:js|css)$/.test(file)).map((file) => `/${file}`);
  const id = createHash('sha256').update(served.join('\n')).digest('base64url').slice(0, 16);
  const worker = path.join(outDir, 'sw.js');
  const source = await readFile(worker, 'utf8');
  if (!source.includes(placeholder)) throw new Error(`${worker} has no line "${placeholder}" for the build to fill in`);
  await writeFile(worker, source.replace(placeholder, `const build = ${JSON.stringify({ id, code })};`));
}
