import type { ServerKind } from './params';

/** Figures and the markdown table they are printed in. */

export type Better = 'lower' | 'higher' | null;

export interface Cell {
  /** The number compared between servers (null: nothing to compare). */
  value: number | null;
  text: string;
}

export interface Row {
  workload: string;
  figure: string;
  better: Better;
  cells: Partial<Record<ServerKind, Cell>>;
  /** Overrides the comparison column (for target rows). */
  verdict?: string;
}

export function cell(value: number | null | undefined, digits = 1, unit = ''): Cell {
  if (value === null || value === undefined || Number.isNaN(value)) return { value: null, text: '–' };
  return { value, text: `${formatNumber(value, digits)}${unit}` };
}

export function textCell(text: string, value: number | null = null): Cell {
  return { value, text };
}

export function formatNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value) >= 1000 ? value.toFixed(0) : value.toFixed(digits);
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export const mib = (bytes: number | null | undefined): number | null => (bytes === null || bytes === undefined ? null : bytes / 2 ** 20);
export const kib = (bytes: number | null | undefined): number | null => (bytes === null || bytes === undefined ? null : bytes / 1024);

/** Percentile of sorted values (nearest rank). */
export function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? null;
}

export function mergeSorted(parts: Float64Array[]): Float64Array {
  const total = parts.reduce((n, part) => n + part.length, 0);
  const all = new Float64Array(total);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all.sort();
}

export function median(values: number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A figure's identity across repetitions: its workload and its label, never its position. */
const rowKey = (row: Row): string => `${row.workload}\u0000${row.figure}`;

/**
 * Every row of every repetition, once, in the order they first appear: a repetition where a run
 * failed has a row ("run") the others lack, and one whose figures are missing has fewer, so rows
 * are matched by workload and figure, not by position.
 */
function rowsInOrder(runs: Row[][]): Row[] {
  const seen = new Map<string, Row>();
  const order: Row[] = [];
  for (const rows of runs) {
    let insertAt = 0;
    for (const row of rows) {
      const known = seen.get(rowKey(row));
      if (known) {
        insertAt = order.indexOf(known) + 1;
        continue;
      }
      seen.set(rowKey(row), row);
      order.splice(insertAt, 0, row);
      insertAt += 1;
    }
  }
  return order;
}

/**
 * The same table from several repetitions as one: each compared figure becomes its median with the
 * range, "median (min–max)", and is compared by its median; a text cell is kept when every
 * repetition agrees and otherwise lists each one's, numbered, as do verdicts that differ. A
 * repetition without the figure (its run failed) is named, not folded into another figure's cell.
 */
export function combineRuns(runs: Row[][], digits = 1): Row[] {
  const byKey = runs.map((rows) => new Map(rows.map((row) => [rowKey(row), row])));
  return rowsInOrder(runs).map((row) => {
    const inRuns = byKey.map((rows) => rows.get(rowKey(row)));
    const cells: Partial<Record<ServerKind, Cell>> = {};
    const kinds = new Set(inRuns.flatMap((r) => (r ? (Object.keys(r.cells) as ServerKind[]) : [])));
    for (const kind of kinds) {
      const all = inRuns.map((r) => r?.cells[kind]);
      const values = all.map((c) => c?.value).filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
      if (values.length === all.length && values.length > 0) {
        const mid = median(values) ?? Number.NaN;
        cells[kind] = { value: mid, text: `${formatNumber(mid, digits)} (${formatNumber(Math.min(...values), digits)}–${formatNumber(Math.max(...values), digits)})` };
      } else {
        cells[kind] = textCell(perRepetition(all.map((c) => c?.text ?? 'not run')));
      }
    }
    const verdicts = inRuns.map((r) => r?.verdict ?? 'not run');
    return inRuns.some((r) => r?.verdict !== undefined) ? { ...row, cells, verdict: perRepetition(verdicts) } : { ...row, cells };
  });
}

/** One text when every repetition agrees, otherwise each repetition's, numbered. */
function perRepetition(texts: string[]): string {
  return new Set(texts).size === 1 ? (texts[0] ?? '') : texts.map((text, index) => `${index + 1}: ${text}`).join('; ');
}

const labels: Record<ServerKind, string> = { washup: 'Washup', 'y-websocket': 'y-websocket', hocuspocus: 'Hocuspocus' };

/** Washup against the better anchor, in words, for rows where lower or higher is better. */
function compare(row: Row, servers: readonly ServerKind[]): string {
  if (row.verdict) return row.verdict;
  if (!row.better || !servers.includes('washup')) return '';
  const own = row.cells.washup?.value;
  if (own === null || own === undefined) return row.cells.washup ? '' : 'Washup not run';
  let best: { kind: ServerKind; value: number } | null = null;
  for (const kind of servers) {
    if (kind === 'washup') continue;
    const value = row.cells[kind]?.value;
    if (value === null || value === undefined) continue;
    if (!best || (row.better === 'lower' ? value < best.value : value > best.value)) best = { kind, value };
  }
  if (!best) return '';
  const tolerance = Math.max(Math.abs(best.value) * 0.02, 1e-9);
  if (Math.abs(own - best.value) <= tolerance) return `tie with ${labels[best.kind]}`;
  const ahead = row.better === 'lower' ? own < best.value : own > best.value;
  // A ratio says something only when both figures are positive (not for a change that may be negative).
  const ratioText = best.value > 0 && own > 0 ? ` (×${(own / best.value).toFixed(2)})` : '';
  return ahead ? `ahead of ${labels[best.kind]}${ratioText}` : `**Washup loses to ${labels[best.kind]}**${ratioText}`;
}

export function renderTable(rows: Row[], servers: readonly ServerKind[]): string {
  const header = ['Workload', 'Figure', ...servers.map((s) => labels[s]), 'Washup vs best anchor'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i >= 2 && i < 2 + servers.length ? '---:' : '---')).join('|')}|`];
  let lastWorkload = '';
  for (const row of rows) {
    const workload = row.workload === lastWorkload ? '' : row.workload;
    lastWorkload = row.workload;
    const cells = servers.map((s) => (row.cells[s]?.text ?? '–').replace(/\|/g, '\\|'));
    lines.push(`| ${workload} | ${row.figure} | ${cells.join(' | ')} | ${compare(row, servers)} |`);
  }
  return lines.join('\n');
}
