import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from '@playwright/test';

const require = createRequire(import.meta.url);
const pdfjsBuild = path.dirname(require.resolve('pdfjs-dist/build/pdf.mjs'));
/** A made-up origin the page loads pdf.js from; every request to it is answered from node_modules, none reaches a network. */
const origin = 'http://pdfjs.invalid';

/** One line of text on a printed page, with how far down the page it starts (0 at the top, 1 at the bottom). */
export interface PrintedLine {
  text: string;
  top: number;
}

export interface PrintedPage {
  /** 1-based. */
  number: number;
  lines: PrintedLine[];
  png: Buffer;
}

interface RenderedPage {
  lines: PrintedLine[];
  dataUrl: string;
}

const page = `<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module">
import * as pdfjs from '${origin}/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '${origin}/pdf.worker.mjs';
window.renderPdf = async (base64, scale) => {
  const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const pdf = await pdfjs.getDocument({ data }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const pdfPage = await pdf.getPage(number);
    const viewport = pdfPage.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await pdfPage.render({ canvas, viewport }).promise;
    const content = await pdfPage.getTextContent();
    const height = pdfPage.getViewport({ scale: 1 }).height;
    const lines = content.items
      .filter((item) => 'str' in item && item.str.trim() !== '')
      .map((item) => ({ text: item.str, top: (height - item.transform[5]) / height }));
    pages.push({ lines, dataUrl: canvas.toDataURL('image/png') });
  }
  return pages;
};
window.pdfReady = true;
</script>`;

/**
 * The pages of a PDF as images and text, drawn by pdf.js in a Chromium page (as a reader's PDF
 * viewer draws them), so a test can check where things fell and a person can look at the pages.
 */
export async function printedPages(browser: Browser, pdf: Buffer): Promise<PrintedPage[]> {
  const context = await browser.newContext();
  try {
    await context.route(`${origin}/**`, (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      if (file === '') return route.fulfill({ contentType: 'text/html', body: page });
      if (!/^pdf(\.worker)?\.mjs$/.test(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(pdfjsBuild, file)) });
    });
    const viewer = await context.newPage();
    await viewer.goto(`${origin}/`);
    await viewer.waitForFunction(() => (window as { pdfReady?: boolean }).pdfReady === true);
    const rendered = await viewer.evaluate(
      ([base64, scale]) => (window as unknown as { renderPdf: (data: string, scale: number) => Promise<RenderedPage[]> }).renderPdf(base64, scale),
      [pdf.toString('base64'), 1.5] as const,
    );
    return rendered.map((entry, at) => ({
      number: at + 1,
      lines: entry.lines,
      png: Buffer.from(entry.dataUrl.slice(entry.dataUrl.indexOf(',') + 1), 'base64'),
    }));
  } finally {
    await context.close();
  }
}
