import type { BoardDoc } from '../board/boardDoc';
import { collectionNames } from '../board/boardDoc';
import { readReportNarrative, reportFindings, withNarrative, type ReportFindings } from './buildReport';
import { nameRedactor } from './nameRedactor';
import { redactReport } from './redactReport';
import { reportOptionsOf, type ReportInputs } from './redactedReport';
import { reportDate } from './reportDate';
import type { Report } from './reportModel';

/**
 * What the findings are made of, each compared by identity: every collection's records (a record
 * object is the same while its stored value is, and a write replaces it), the board's settings, what
 * the board holds unreadable, the relay doc's values and the reader's choices; the outcomes and the
 * date, which move with the clock, by value.
 */
function findingsKey(board: BoardDoc, inputs: ReportInputs, outcomes: string): unknown[] {
  return [
    ...collectionNames.flatMap((name) => board.list(name)),
    board.meta,
    JSON.stringify(board.unreadable()),
    inputs.votes,
    inputs.hostPartner,
    inputs.comments,
    inputs.includeInterpretation,
    inputs.includeFigures,
    inputs.evidenceAppendix,
    reportDate(inputs.now),
    outcomes,
  ];
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, at) => Object.is(value, b[at]));

/**
 * `redactedReport`, remembering its last findings: a keystroke in the narrative changes none of
 * the board's records, so only the narrative is read, printed and redacted again, while the
 * findings (every theme, its evidence and their redaction, the bulk of the work on a big board) are
 * reused. Same value as `redactedReport` for the same board and inputs; one per view that shows a report.
 */
export function memoisedRedactedReport(): (board: BoardDoc, inputs: ReportInputs) => Report {
  let last: { key: unknown[]; findings: ReportFindings; redact: (text: string) => string } | null = null;
  return (board, inputs) => {
    const options = reportOptionsOf(inputs);
    const key = findingsKey(board, inputs, JSON.stringify(options.outcomes));
    if (!last || !sameKey(last.key, key)) {
      const rules = board.list('redactions');
      const findings = reportFindings(board, options);
      last = { key, findings: { ...findings, report: redactReport(findings.report, rules) }, redact: nameRedactor(rules).redact };
    }
    const report = withNarrative(last.findings, readReportNarrative(board, last.findings.report.sections.map((section) => section.headingId)), last.redact);
    return { ...report, generatedAt: inputs.now };
  };
}
