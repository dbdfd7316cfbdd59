import type { Editor } from 'tldraw';
import { showHeadings } from './canvasCamera';

/** Two ways back from wherever the canvas was panned to: everything at once, or the headings at a readable size. */
export function CanvasCameraControls({ editor }: { editor: Editor | null }) {
  return (
    <div className="canvas__camera" role="group" aria-label="Canvas view">
      <button type="button" className="button button--secondary button--small" disabled={!editor} onClick={() => editor && showHeadings(editor, true)}>
        Back to headings
      </button>
      <button type="button" className="button button--secondary button--small" disabled={!editor} onClick={() => editor?.zoomToFit({ animation: { duration: 240 } })}>
        Zoom to fit
      </button>
    </div>
  );
}
