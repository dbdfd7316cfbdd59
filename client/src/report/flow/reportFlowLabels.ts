import type { ReportStage, ReportStep } from '@washup/shared/reportFlow';

export const stageLabels: Record<ReportStage, string> = {
  draft: 'Draft',
  shared: 'Shared with the host',
  agreed: 'Agreed',
  final: 'Final',
};

export const stageExplanations: Record<ReportStage, string> = {
  draft: 'The team is drafting the report. The Lead Reviewer shares it with the host when it is ready for their comments.',
  shared: 'The host reads the draft and comments on it. The host and the Lead Reviewer each agree the text when it is right.',
  agreed: 'The host and the Lead Reviewer agreed this text. The Lead Reviewer can now make it final.',
  final: 'This version is final and kept as it was agreed. A change to the report starts the next version.',
};

const stepVerbs: Record<ReportStep['step'], string> = {
  shared: 'shared the draft with the host',
  agreed: 'agreed the text',
  final: 'made it final',
  'next version': 'started this version',
};

/** One line of the record: "Lee Morgan (Lead Reviewer) agreed the text". */
export function stepSentence(step: ReportStep, roleLabel: string): string {
  return `${step.by.name} (${roleLabel}) ${stepVerbs[step.step]}`;
}
