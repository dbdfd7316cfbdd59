import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BundleFile {
  /** As the browser asks for it, e.g. `/assets/index-Ab12.js`. */
  url: string;
  raw: number;
  /** The size of the copy the build wrote beside the file, or the file's own when it wrote none. */
  gzip: number;
  brotli: number;
  /** Named by index.html: part of every first visit, whichever view it opens. */
  firstDownload: boolean;
}

function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : NaN;
}

/** The scripts and styles of a built client (`vite build` output), largest first. */
export function bundleSizes(dist: string): BundleFile[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const named = new Set(Array.from(html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g), (match) => match[1]));
  return readdirSync(path.join(dist, 'assets'))
    .filter((name) => /\.(?:js|css)$/.test(name))
    .map((name) => {
      const file = path.join(dist, 'assets', name);
      const raw = sizeOf(file);
      const url = `/assets/${name}`;
      return { url, raw, gzip: sizeOf(`${file}.gz`) || raw, brotli: sizeOf(`${file}.br`) || raw, firstDownload: named.has(url) };
    })
    .sort((a, b) => b.raw - a.raw);
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** A markdown table of `bundleSizes`, with the first download's total. */
export function bundleSizeTable(files: readonly BundleFile[]): string {
  const first = files.filter((file) => file.firstDownload);
  const total = (pick: (file: BundleFile) => number, of: readonly BundleFile[]) => kib(of.reduce((sum, file) => sum + pick(file), 0));
  return [
    '| Chunk | first download | raw (KiB) | gzip (KiB) | brotli (KiB) |',
    '|---|---|---:|---:|---:|',
    ...files.map((file) => `| ${file.url} | ${file.firstDownload ? 'yes' : 'on demand'} | ${kib(file.raw)} | ${kib(file.gzip)} | ${kib(file.brotli)} |`),
    `| **first download, total** | | ${total((f) => f.raw, first)} | ${total((f) => f.gzip, first)} | ${total((f) => f.brotli, first)} |`,
    `| **all chunks, total** | | ${total((f) => f.raw, files)} | ${total((f) => f.gzip, files)} | ${total((f) => f.brotli, files)} |`,
  ].join('\n');
}
