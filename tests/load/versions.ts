import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './servers';

/** The version of every moving part, read from the installed packages themselves. */

function versionAt(dir: string | null): string {
  if (!dir) return 'not installed';
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return 'not installed';
  }
}

/** A package installed for `fromDir` (a package or workspace folder), found as Node would. */
function packageDir(fromDir: string | null, name: string): string | null {
  if (!fromDir) return null;
  let dir = realpathSync(fromDir);
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    // In pnpm's layout a package's own dependencies sit beside it in the enclosing node_modules.
    if (path.basename(dir) === 'node_modules' || path.basename(path.dirname(dir)) === 'node_modules') {
      const nodeModules = path.basename(dir) === 'node_modules' ? dir : path.dirname(dir);
      const sibling = path.join(nodeModules, name);
      if (existsSync(path.join(sibling, 'package.json'))) return realpathSync(sibling);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function scopedParent(dir: string): string {
  // For @scope/name the enclosing node_modules is two levels up.
  return path.basename(path.dirname(dir)).startsWith('@') ? path.dirname(dir) : dir;
}

function dependencyOf(pkgDir: string | null, name: string): string | null {
  if (!pkgDir) return null;
  return packageDir(scopedParent(pkgDir), name) ?? packageDir(pkgDir, name);
}

export interface Versions {
  node: string;
  washup: string;
  rows: Array<[string, string]>;
}

export function collectVersions(): Versions {
  const tests = path.join(repoRoot, 'tests');
  const server = path.join(repoRoot, 'server');
  const yws = packageDir(tests, '@y/websocket-server');
  const yLeveldb = dependencyOf(yws, 'y-leveldb');
  const level = dependencyOf(yLeveldb, 'level');
  const leveldown = dependencyOf(level, 'leveldown');
  const hocusServer = packageDir(tests, '@hocuspocus/server');
  const hocusSqlite = packageDir(tests, '@hocuspocus/extension-sqlite');
  const sqlite3 = dependencyOf(hocusSqlite, 'sqlite3');
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    if (dirty) commit += ' + uncommitted changes';
  } catch {
    // not a git checkout
  }
  return {
    node: process.version,
    washup: `${versionAt(repoRoot)} (${commit})`,
    rows: [
      ['node', process.version],
      ['yjs (clients)', versionAt(packageDir(tests, 'yjs'))],
      ['yjs (Washup relay)', versionAt(packageDir(server, 'yjs'))],
      ['y-websocket (client provider for Washup and y-websocket)', versionAt(packageDir(tests, 'y-websocket'))],
      ['Washup relay', `${versionAt(repoRoot)} (${commit})`],
      ['fastify / @fastify/websocket / ws (Washup)', `${versionAt(packageDir(server, 'fastify'))} / ${versionAt(packageDir(server, '@fastify/websocket'))} / ${versionAt(dependencyOf(packageDir(server, '@fastify/websocket'), 'ws'))}`],
      ['better-sqlite3 (Washup)', versionAt(packageDir(server, 'better-sqlite3'))],
      ['@y/websocket-server', versionAt(yws)],
      ['ws (y-websocket server)', versionAt(dependencyOf(yws, 'ws'))],
      ['y-leveldb / level / leveldown', `${versionAt(yLeveldb)} / ${versionAt(level)} / ${versionAt(leveldown)}`],
      ['@hocuspocus/server', versionAt(hocusServer)],
      ['@hocuspocus/extension-sqlite / sqlite3', `${versionAt(hocusSqlite)} / ${versionAt(sqlite3)}`],
      ['@hocuspocus/provider', versionAt(packageDir(tests, '@hocuspocus/provider'))],
      ['ws (Hocuspocus server)', versionAt(dependencyOf(hocusServer, 'ws'))],
    ],
  };
}
