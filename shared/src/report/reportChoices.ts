/** Which evidence the report's appendix lists: every numbered card, only those a narrative cites, or none. */
export const evidenceAppendixChoices = ['all', 'cited', 'none'] as const;
export type EvidenceAppendixChoice = (typeof evidenceAppendixChoices)[number];

/**
 * What a reader of the report chooses to include. Interpretations and figures are off unless
 * chosen, as in the copy the host receives: the report rests on the findings and their evidence,
 * not on reviewers' interpretations or on the team's arithmetic behind the findings.
 */
export interface ReportChoices {
  /** Reviewers' interpretations beside the observations. */
  includeInterpretation: boolean;
  /** Votes and triangulation figures beside each theme and in the summary table. */
  includeFigures: boolean;
  /** The evidence appendix; its numbers are the report's numbers whichever is chosen, so a narrative's "[3]" still means card 3. */
  evidenceAppendix: EvidenceAppendixChoice;
  /**
   * The comments of the team and the host, open and resolved, as Word comments on the paragraph
   * they are about and as a part of the Markdown: the team's working copy. Off in the host's copy:
   * the text the host agrees is the report, not the conversation about it.
   */
  includeComments: boolean;
}

export const defaultReportChoices: ReportChoices = { includeInterpretation: false, includeFigures: false, evidenceAppendix: 'all', includeComments: false };
