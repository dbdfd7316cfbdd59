import { useEffect, useState } from 'react';
import type { BoardDoc } from '@washup/shared/board';
import { canvasAssetPath, canvasDocOf } from '@washup/shared/canvas';
import { reportPictureAlt, reportPictureHeading, reportPictureLeftOutNote, reportPictureSize } from '@washup/shared/report';
import { errorMessage } from '../api/ApiRequestError';
import { fetchCanvasPicture } from '../api/canvasPictures';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { ReportPart } from './ReportPart';
import { useRedactions } from './useRedactions';
import './reportCanvasPicture.css';

const reportImageOf = (board: BoardDoc) => canvasDocOf(board.doc).reportImage();

/**
 * The canvas's image, when the Lead Reviewer put it into the report: last in the report, as in the
 * .md and .docx. It is a picture, so the board's redaction list cannot reach its words: while the
 * list names anyone, the picture is left out (and not even fetched) with the line saying why.
 */
export function ReportCanvasPicture() {
  const connection = useBoardConnection();
  const reading = useBoardValue(reportImageOf);
  const redactedNames = useRedactions().length;
  const image = reading.ok ? reading.image : null;
  const assetId = redactedNames === 0 ? (image?.assetId ?? null) : null;
  const [shown, setShown] = useState<{ assetId: string; url: string } | { assetId: string; problem: string } | null>(null);

  useEffect(() => {
    if (assetId === null) return undefined;
    let url: string | null = null;
    let live = true;
    fetchCanvasPicture(canvasAssetPath(connection.boardId, assetId), connection.identity.token).then(
      (blob) => {
        url = URL.createObjectURL(blob);
        if (live) setShown({ assetId, url });
      },
      (error: unknown) => {
        if (live) setShown({ assetId, problem: `The canvas image could not be loaded: ${errorMessage(error)}` });
      },
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [assetId, connection]);

  if (!reading.ok) return <p className="report-lane__empty">The canvas image in the report could not be read and is left out ({reading.problem}).</p>;
  if (!image) return null;
  if (redactedNames > 0) {
    return (
      <ReportPart titleId="report-canvas" title={reportPictureHeading} className="report-canvas">
        <p className="report-lane__empty">{reportPictureLeftOutNote(redactedNames)}</p>
      </ReportPart>
    );
  }
  const current = shown?.assetId === image.assetId ? shown : null;
  const size = reportPictureSize(image);
  return (
    <ReportPart titleId="report-canvas" title={reportPictureHeading} className="report-canvas">
      {current && 'url' in current ? (
        <img className="report-canvas__image" src={current.url} alt={reportPictureAlt} width={size.width} height={size.height} />
      ) : current ? (
        <p role="alert">{current.problem}</p>
      ) : (
        <p className="muted" aria-busy="true">Loading the canvas image…</p>
      )}
    </ReportPart>
  );
}
