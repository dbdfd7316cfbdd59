import type { ThemeView } from '../board/boardView';
import type { HostPartnerState } from '../hostPartner/hostPartnerState';
import { themeAgreementOf } from '../hostPartner/themeAgreement';
import { optionEvidence } from '../voting/votesVersusEvidence';
import { evidenceReference } from './evidenceReference';
import type { ReportTheme } from './reportModel';
import { triangulationSummary } from './triangulationSummary';

/**
 * One theme as reported, its cards cited from `firstNumber` on. The wording is the summary the
 * team drafted, or the title while there is none, so a theme is never reported blank.
 */
export function reportTheme(view: ThemeView, votes: number | null, firstNumber: number, includeInterpretation: boolean, hostPartner?: HostPartnerState | null): ReportTheme {
  const { theme, cards, triangulation } = view;
  const { distinctSources, singleSource } = optionEvidence(triangulation);
  return {
    themeId: theme.id,
    title: theme.title,
    wording: theme.summary.trim() || theme.title,
    hostAgreement: themeAgreementOf(hostPartner, theme),
    votes,
    cardCount: triangulation.cardCount,
    distinctSources,
    singleSource,
    triangulation: triangulationSummary(triangulation),
    evidence: cards.map((card, at) => evidenceReference(card, firstNumber + at, includeInterpretation)),
  };
}
