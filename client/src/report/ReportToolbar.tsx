import { useState } from 'react';
import { evidenceAppendixChoiceLabels, evidenceAppendixChoices, type EvidenceAppendixChoice, type ReportChoices, type ReportFormat } from '@washup/shared/report';
import { errorMessage } from '../api/ApiRequestError';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { downloadReport } from './downloadReport';

interface Props {
  choices: ReportChoices;
  onChoicesChange: (choices: ReportChoices) => void;
  canDownload: boolean;
}

const formats: Array<{ format: ReportFormat; label: string }> = [
  { format: 'docx', label: 'Download Word (.docx)' },
  { format: 'md', label: 'Download Markdown (.md)' },
];

type OnOffChoice = 'includeInterpretation' | 'includeFigures' | 'includeComments';

const choiceLabels: Record<OnOffChoice, string> = {
  includeInterpretation: 'Include reviewers’ interpretations',
  includeFigures: 'Include votes and triangulation figures',
  includeComments: 'Include comments in the downloads (as Word comments)',
};

/** The select's value as a choice; it only ever offers the choices, so the fallback is the default. */
function appendixChoice(value: string): EvidenceAppendixChoice {
  return evidenceAppendixChoices.find((choice) => choice === value) ?? 'all';
}

/** Options and exports of the report; never printed. The screen, the print and every download follow the same choices. */
export function ReportToolbar({ choices, onChoicesChange, canDownload }: Props) {
  const { boardId, identity } = useBoardConnection();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = (format: ReportFormat) => {
    setBusy(format);
    setError(null);
    downloadReport(boardId, identity.token, format, choices)
      .catch((failure: unknown) => setError(errorMessage(failure)))
      .finally(() => setBusy(null));
  };

  return (
    <section className="report-toolbar no-print" aria-label="Report options">
      <div className="report-toolbar__options">
        {(Object.keys(choiceLabels) as OnOffChoice[]).map((choice) => (
          <label key={choice} className="report-toolbar__option">
            <input type="checkbox" checked={choices[choice]} onChange={(event) => onChoicesChange({ ...choices, [choice]: event.target.checked })} />
            {choiceLabels[choice]}
          </label>
        ))}
        <label className="report-toolbar__option">
          Evidence appendix
          <select
            className="input report-toolbar__select"
            value={choices.evidenceAppendix}
            onChange={(event) => onChoicesChange({ ...choices, evidenceAppendix: appendixChoice(event.target.value) })}
          >
            {evidenceAppendixChoices.map((choice) => (
              <option key={choice} value={choice}>
                {evidenceAppendixChoiceLabels[choice]}
              </option>
            ))}
          </select>
        </label>
      </div>
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
