import { useMemo } from 'react';
import { reportCitations, type Report } from '@washup/shared/report';
import { EvidenceAppendixView } from './EvidenceAppendixView';
import { KeyQuestionsView } from './KeyQuestionsView';
import { OutcomesView } from './OutcomesView';
import { ReportCanvasPicture } from './ReportCanvasPicture';
import { ReportOpening, ReportTitleBlock } from './ReportNarrativeView';
import { ReportSectionView } from './ReportSectionView';
import { ThemeTableView } from './ThemeTableView';
import { useThemeRecords } from './useThemeRecords';

/** The report itself: what prints, in the order of the exported files. */
export function ReportDocument({ report, editable, writable }: { report: Report; editable: boolean; writable: boolean }) {
  const themes = useThemeRecords();
  const citations = useMemo(() => reportCitations(report), [report]);
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__head">
        <p className="eyebrow">Feedback report</p>
        <h2 id="report-title" className="report__title">
          {report.title}
        </h2>
        <p className="report__meta">
          {report.templateName} · {report.date}
        </p>
        <ReportTitleBlock report={report} citations={citations} writable={writable} />
      </header>
      <ReportOpening report={report} citations={citations} writable={writable} />
      <KeyQuestionsView questions={report.keyQuestions} />
      <ThemeTableView report={report} />
      <div className="report__body">
        {report.sections.map((section) => (
          <ReportSectionView
            key={section.headingId}
            section={section}
            editable={editable}
            writable={writable}
            citations={citations}
            themes={themes}
            includesFigures={report.includesFigures}
          />
        ))}
        <OutcomesView outcomes={report.outcomes} />
        <ReportCanvasPicture />
        {report.evidenceAppendix ? <EvidenceAppendixView appendix={report.evidenceAppendix} /> : null}
      </div>
    </article>
  );
}
