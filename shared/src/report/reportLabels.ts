import { themeAgreementLabel, type ThemeAgreement } from '../hostPartner/themeAgreement';
import { countNoun } from './countNoun';
import type { EvidenceAppendixChoice } from './reportChoices';
import { reportDate } from './reportDate';
import type { EvidenceReference, ReportEvidenceAppendix, ReportKeyQuestion, ReportTheme } from './reportModel';

/** "Agreed with the host (Ms Patel, 4 December 2026)": the host's agreement as the report prints it. */
export function hostAgreementLabel(agreement: ThemeAgreement): string {
  return themeAgreementLabel(agreement, reportDate);
}

/** "agreed with the host (Ms Patel, 4 December 2026)", or "draft" for a question not agreed yet. */
export function keyQuestionAgreementLabel(question: Pick<ReportKeyQuestion, 'agreed' | 'hostAgreed'>): string | null {
  if (question.hostAgreed) return `agreed with the host (${question.hostAgreed.by}, ${question.hostAgreed.date})`;
  return question.agreed ? null : 'draft';
}

/** "4 votes", or "Not voted on" for a theme no revealed round offered. */
export function votesLabel(theme: Pick<ReportTheme, 'votes'>): string {
  return theme.votes === null ? 'Not voted on' : countNoun(theme.votes, 'vote');
}

/** The short form for a table cell: "3 sources, 5 cards". */
export function sourcesLabel(theme: Pick<ReportTheme, 'distinctSources' | 'cardCount' | 'singleSource'>): string {
  if (theme.cardCount === 0) return 'No evidence yet';
  const sources = theme.singleSource ? 'Single source' : countNoun(theme.distinctSources, 'source');
  return `${sources}, ${countNoun(theme.cardCount, 'card')}`;
}

/** How a card was gathered: "lesson visit · pupils · Year 5", plus a counter-evidence mark. */
export function evidenceSourceLabel(reference: EvidenceReference): string {
  const parts = [reference.activity, reference.stakeholder, reference.site].filter((part): part is string => Boolean(part));
  if (reference.counterEvidence) parts.push('counter-evidence');
  return parts.join(' · ');
}

/** A key question's coverage: "5 cards from 3 activities (Leadership at all levels: 2; Quality of provision: 3)". */
export function keyQuestionCoverageLabel(question: ReportKeyQuestion): string {
  const spread = question.byHeading.map((entry) => `${entry.title}: ${entry.cards}`).join('; ');
  const coverage = `${countNoun(question.cards, 'card')} from ${countNoun(question.activities, 'activity', 'activities')}`;
  return spread ? `${coverage} (${spread})` : coverage;
}

/** A theme's evidence as its numbers in the appendix: "[1] [2] [3]". */
export function evidenceNumbersLabel(theme: Pick<ReportTheme, 'evidence'>): string {
  return theme.evidence.map((reference) => `[${reference.number}]`).join(' ');
}

/** The appendix's heading and the sentence under it, saying which cards it lists and that their numbers are the text's. */
export function evidenceAppendixHeading(appendix: ReportEvidenceAppendix): { title: string; note: string } {
  if (appendix.citedOnly) {
    return { title: 'Evidence cited', note: 'The cards the narrative cites, under the numbers it cites them by; cards it does not cite are left out.' };
  }
  return { title: 'Evidence', note: 'Every card the findings rest on, under the numbers the text cites them by.' };
}

/** How the choice is offered to the reader. */
export const evidenceAppendixChoiceLabels: Record<EvidenceAppendixChoice, string> = {
  all: 'All evidence',
  cited: 'Cited evidence only',
  none: 'No evidence appendix',
};
