import { useState } from 'react';
import { canEditBoard, canFacilitate } from '@washup/shared/auth';
import { canDownloadReport, defaultReportChoices } from '@washup/shared/report';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { ReportFlowPanel } from './flow/ReportFlowPanel';
import { useReportFlow } from './flow/useReportFlow';
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
  const flowView = useReportFlow();
  // A final version is kept as it was agreed: the report's editors wait for the next version.
  const editable = canFacilitate(identity.role) && flowView.flow.stage !== 'final';

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
      <ReportFlowPanel view={flowView} role={identity.role} appendix={choices.evidenceAppendix} />
      {editable ? <RedactionPanel /> : null}
      <ReportDocument report={report} editable={editable} writable={canEditBoard(identity.role) && flowView.flow.stage !== 'final'} />
    </div>
  );
}
