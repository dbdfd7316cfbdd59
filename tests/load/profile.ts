import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './servers';

/** Self time per function from a V8 `.cpuprofile` (as written by `node --cpu-prof`). */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileEntry {
  name: string;
  where: string;
  selfMs: number;
  /** Share of the non-idle samples. */
  percent: number;
}

export interface ProfileSummary {
  file: string;
  wallMs: number;
  activeMs: number;
  top: ProfileEntry[];
  byArea: ProfileEntry[];
}

/**
 * The main thread's profile among those in `dir`. Node writes one per thread, and under tsx the
 * module loader runs in a thread of its own: the busiest profile is the relay's event loop.
 */
export function mainThreadProfile(dir: string): ProfileSummary | null {
  let best: ProfileSummary | null = null;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.cpuprofile') || statSync(path.join(dir, name)).size === 0) continue;
    const summary = summariseProfile(path.join(dir, name));
    if (!best || summary.activeMs > best.activeMs) best = summary;
  }
  return best;
}

function shortUrl(url: string): string {
  let file = url.startsWith('file://') ? url.slice('file://'.length) : url;
  const pnpm = file.lastIndexOf('/node_modules/');
  if (pnpm >= 0) return file.slice(pnpm + '/node_modules/'.length);
  if (file.startsWith(repoRoot)) file = file.slice(repoRoot.length + 1);
  return file || '(native)';
}

/** Which part of the stack a frame belongs to, for the by-area totals. */
function area(url: string, name: string): string {
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(program)') return '(program: V8/native not attributed)';
  if (!url) return 'native / builtins';
  const short = shortUrl(url);
  if (short.startsWith('server/src/')) return `washup ${path.dirname(short)}`;
  if (short.startsWith('shared/src/')) return 'washup shared/src';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = short.startsWith('@') ? short.split('/').slice(0, 2).join('/') : short.split('/')[0];
  return pkg ?? short;
}

export function summariseProfile(file: string, topCount = 20): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const sampleCount = profile.samples?.length ?? profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const wallMs = (profile.endTime - profile.startTime) / 1000;
  const msPerSample = sampleCount > 0 ? wallMs / sampleCount : 0;
  const byFunction = new Map<string, ProfileEntry>();
  const byArea = new Map<string, ProfileEntry>();
  let idleMs = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const selfMs = hits * msPerSample;
    if (name === '(idle)') {
      idleMs += selfMs;
      continue;
    }
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
    const key = `${name}@${where}`;
    const entry = byFunction.get(key) ?? { name, where, selfMs: 0, percent: 0 };
    entry.selfMs += selfMs;
    byFunction.set(key, entry);
    const areaName = area(url, name);
    const areaEntry = byArea.get(areaName) ?? { name: areaName, where: '', selfMs: 0, percent: 0 };
    areaEntry.selfMs += selfMs;
    byArea.set(areaName, areaEntry);
  }
  const activeMs = wallMs - idleMs;
  const finish = (entries: Iterable<ProfileEntry>, count: number): ProfileEntry[] =>
    Array.from(entries)
      .map((entry) => ({ ...entry, percent: activeMs > 0 ? (entry.selfMs / activeMs) * 100 : 0 }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, count);
  return { file, wallMs, activeMs, top: finish(byFunction.values(), topCount), byArea: finish(byArea.values(), 12) };
}
