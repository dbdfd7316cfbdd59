import { useState } from 'react';
import type { ReportFormat } from '@washup/shared/report';
import { errorMessage } from '../api/ApiRequestError';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { downloadReport } from './downloadReport';

interface Props {
  includeInterpretation: boolean;
  onIncludeInterpretationChange: (include: boolean) => void;
  canDownload: boolean;
}

const formats: Array<{ format: ReportFormat; label: string }> = [
  { format: 'docx', label: 'Download Word (.docx)' },
  { format: 'md', label: 'Download Markdown (.md)' },
];

/** Options and exports of the report; never printed. */
export function ReportToolbar({ includeInterpretation, onIncludeInterpretationChange, canDownload }: Props) {
  const { boardId, identity } = useBoardConnection();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = (format: ReportFormat) => {
    setBusy(format);
    setError(null);
    downloadReport(boardId, identity.token, format, includeInterpretation)
      .catch((failure: unknown) => setError(errorMessage(failure)))
      .finally(() => setBusy(null));
  };

  return (
    <section className="report-toolbar no-print" aria-label="Report options">
      <label className="report-toolbar__option">
        <input type="checkbox" checked={includeInterpretation} onChange={(event) => onIncludeInterpretationChange(event.target.checked)} />
        Include reviewers’ interpretations
      </label>
      {/* Printing to PDF is an export too, so it follows the download rule. */}
      {canDownload ? (
        <div className="report-toolbar__actions">
          {formats.map(({ format, label }) => (
            <button key={format} type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => download(format)}>
              {busy === format ? 'Preparing…' : label}
            </button>
          ))}
          <button type="button" className="button button--primary button--small" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
      ) : null}
      {error ? <ErrorAlert title="The report could not be downloaded">{error}</ErrorAlert> : null}
    </section>
  );
}
