import { titleBlock, type Report } from '@washup/shared/report';
import { WrittenParagraphs } from '../narrative/WrittenParagraphs';
import { ReportPart } from './ReportPart';
import { ReportTextEditor } from './ReportTextEditor';

interface Props {
  report: Report;
  citations: Parameters<typeof ReportTextEditor>[0]['citations'];
  /** Whether this person writes the report's own words (the team, until a version is final). */
  writable: boolean;
}

/** The title block's lines under the report's title, with their editors for the team. */
export function ReportTitleBlock({ report, citations, writable }: Props) {
  const lines = titleBlock(report.narrative);
  return (
    <>
      {lines.length > 0 ? (
        <dl className="report__title-block">
          {lines.map((line) => (
            <div key={line.label}>
              <dt>{line.label}</dt>
              <dd>{line.text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {writable ? (
        <div className="report__title-editors no-print">
          <ReportTextEditor part="dates" printed={report.narrative.dates} citations={citations} hint="For example: 3–4 December 2026." />
          <ReportTextEditor part="team" printed={report.narrative.team} citations={citations} hint="One person a line, with their role." />
          <ReportTextEditor part="hostLeaders" printed={report.narrative.hostLeaders} citations={citations} hint="The host's leaders who took part, one a line." />
        </div>
      ) : null}
    </>
  );
}

/** The context and the overall summary, before the findings. */
export function ReportOpening({ report, citations, writable }: Props) {
  const { context, summary } = report.narrative;
  return (
    <>
      {context || writable ? (
        <ReportPart titleId="report-context" title="Context">
          <WrittenParagraphs part="context" text={context} className="report__narrative" />
          {context ? null : <p className="report-lane__empty no-print">Not written yet.</p>}
          {writable ? <ReportTextEditor part="context" printed={context} citations={citations} hint="The host's own summary of their school or trust and its context." /> : null}
        </ReportPart>
      ) : null}
      {summary || writable ? (
        <ReportPart titleId="report-summary" title="Summary">
          <WrittenParagraphs part="summary" text={summary} className="report__narrative" />
          {summary ? null : <p className="report-lane__empty no-print">Not written yet.</p>}
          {writable ? <ReportTextEditor part="summary" printed={summary} citations={citations} hint="Cite evidence by its number in brackets, e.g. [3]." /> : null}
        </ReportPart>
      ) : null}
    </>
  );
}
