/**
 * What a reader of the report chooses to include. Both are off unless chosen, as in the copy the
 * host receives: the report rests on the findings and their evidence, not on reviewers'
 * interpretations or on the team's arithmetic behind the findings.
 */
export interface ReportChoices {
  /** Reviewers' interpretations beside the observations. */
  includeInterpretation: boolean;
  /** Votes and triangulation figures beside each theme and in the summary table. */
  includeFigures: boolean;
}

export const defaultReportChoices: ReportChoices = { includeInterpretation: false, includeFigures: false };
