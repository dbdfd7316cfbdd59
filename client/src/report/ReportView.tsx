import { useState } from 'react';
import { canFacilitate } from '@washup/shared/auth';
import { canDownloadReport, defaultReportChoices } from '@washup/shared/report';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { RedactionPanel } from './RedactionPanel';
import { ReportDocument } from './ReportDocument';
import { ReportToolbar } from './ReportToolbar';
import { useReport } from './useReport';
import './report.css';

/**
 * The feedback report tab: the report as it will be exported, with the Lead Reviewer's editors
 * (wording, host agreement, names to redact) and downloads for the Lead Reviewer and the host.
 */
export function ReportView() {
  const { identity } = useBoardConnection();
  const meta = useBoardMeta();
  const [choices, setChoices] = useState(defaultReportChoices);
  const report = useReport(choices);
  const editable = canFacilitate(identity.role);

  if (!meta) {
    return (
      <section className="report-view" aria-busy="true">
        <p className="muted">Loading the board…</p>
      </section>
    );
  }
  return (
    <div className="report-view">
      <ReportToolbar
        choices={choices}
        onChoicesChange={setChoices}
        canDownload={canDownloadReport(identity.role)}
      />
      {editable ? <RedactionPanel /> : null}
      <ReportDocument report={report} editable={editable} />
    </div>
  );
}
