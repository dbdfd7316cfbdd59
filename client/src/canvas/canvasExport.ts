import type { Editor } from 'tldraw';
import { saveDownload } from '../ui/saveDownload';

export type CanvasImageFormat = 'png' | 'svg';

/** The whole current page as an image, with its background, made in the page (nothing leaves the device). */
export async function canvasImage(editor: Editor, format: CanvasImageFormat): Promise<Blob> {
  const ids = [...editor.getCurrentPageShapeIds()];
  if (ids.length === 0) throw new Error('The canvas is empty: there is nothing to save as a picture yet.');
  if (format === 'svg') {
    const svg = await editor.getSvgString(ids, { background: true, padding: 32 });
    if (!svg) throw new Error('The canvas could not be drawn as a picture.');
    return new Blob([svg.svg], { type: 'image/svg+xml' });
  }
  const { blob } = await editor.toImage(ids, { format: 'png', background: true, padding: 32, pixelRatio: 1 });
  return blob;
}

export async function downloadCanvas(editor: Editor, format: CanvasImageFormat, boardTitle: string): Promise<void> {
  const name = boardTitle.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'board';
  saveDownload(await canvasImage(editor, format), `${name}-canvas.${format}`);
}
