import type { BoardDoc } from '../board/boardDoc';
import { boardView, type ThemeView } from '../board/boardView';
import { coverageMap } from '../board/coverage';
import { readNarrative } from '../board/narrative';
import { unreadableNotice } from '../board/storedRecords';
import { estimateScaleOf, findTemplate } from '../templates/catalogue';
import { laneIds } from '../templates/schema';
import { optionEvidence } from '../voting/votesVersusEvidence';
import type { VotesState } from '../voting/votesState';
import type { HostPartnerState } from '../hostPartner/hostPartnerState';
import type { ReportTextPart } from '../board/records';
import type { ReportComment } from '../reportFlow/reportFlowState';
import { reportCommentNotes } from './reportComments';
import { keyQuestionLines } from './keyQuestionLines';
import { citedCardIds, printedNarrative, reportCitations, reportReferences } from './narrativeReferences';
import type { EvidenceAppendixChoice } from './reportChoices';
import { reportEstimate } from './reportEstimate';
import { reportDate } from './reportDate';
import type { EvidenceReference, Report, ReportEvidenceAppendix, ReportSection } from './reportModel';
import { compareThemeRanks, reportHeadingOrder } from './reportOrder';
import { reportOutcome, type OutcomeSelection } from './reportOutcome';
import { reportTheme } from './reportTheme';
import { revealedThemeVotes } from './themeVotes';

export interface ReportOptions {
  /** When the report is made, from the caller's clock, so that building stays pure. */
  generatedAt: number;
  /** The relay doc's vote rounds; only revealed tallies are read. */
  votes?: VotesState | null;
  /** The relay doc's record of the host's acts: their agreements, comments and agreed key questions. */
  hostPartner?: HostPartnerState | null;
  /** The area-of-challenge sessions whose outcome belongs in the report. */
  outcomes?: readonly OutcomeSelection[];
  /** Reviewers' interpretations beside the observations. Off unless asked: the report rests on facts. */
  includeInterpretation?: boolean;
  /** Votes and triangulation figures beside each theme (the team's working view); off for the host's copy unless chosen. */
  includeFigures?: boolean;
  /** Which evidence the appendix lists; every numbered card unless chosen otherwise. */
  evidenceAppendix?: EvidenceAppendixChoice;
  /** The report flow's comments to print with the report (the team's working copy); none unless given. */
  comments?: readonly ReportComment[];
}

const defaultLanes = { strengths: 'Strengths', nextSteps: 'Next steps' };

/** The appendix as chosen: "cited" keeps the cards some narrative cites, each under the number the narrative prints. */
function evidenceAppendix(choice: EvidenceAppendixChoice, references: readonly EvidenceReference[], narratives: readonly string[]): ReportEvidenceAppendix | null {
  if (choice === 'none') return null;
  if (choice === 'all') return { citedOnly: false, references: [...references] };
  const cited = new Set(narratives.flatMap(citedCardIds));
  return { citedOnly: true, references: references.filter((reference) => cited.has(reference.cardId)) };
}

/**
 * The feedback report from the board: per heading, its strengths then its next steps, each theme
 * with its wording, host agreement, triangulation and numbered evidence. Only themed cards are
 * cited: inbox and loose cards are not findings yet, nor is a theme left with no cards, and reviewer-learning
 * cards never leave the team.
 */
export function buildReport(board: BoardDoc, options: ReportOptions): Report {
  const view = boardView(board);
  const includeInterpretation = options.includeInterpretation ?? false;
  const lanes = view.meta?.lanes ?? defaultLanes;
  const votes = revealedThemeVotes(options.votes);
  const headings = reportHeadingOrder(view.headings);
  let nextNumber = 1;
  // A theme whose cards all moved out is no finding: it stays on the board to be dissolved or deleted, not in the report.
  const ranked = (themes: readonly ThemeView[]) =>
    themes
      .filter((theme) => theme.cards.length > 0)
      .map((theme, boardIndex) => ({ theme, boardIndex, votes: votes.get(theme.theme.id) ?? null, ...optionEvidence(theme.triangulation) }))
      .sort(compareThemeRanks)
      .map((entry) => {
        const reported = reportTheme(entry.theme, entry.votes, nextNumber, includeInterpretation, options.hostPartner);
        nextNumber += reported.evidence.length;
        return reported;
      });
  const written = (part: ReportTextPart) => readNarrative(board, part);
  const ordered = headings.map(({ heading, lanes: contents }) => ({
    heading,
    lanes: laneIds.map((lane) => ({ lane, label: lanes[lane], themes: ranked(contents[lane].themes) })),
  }));
  // Numbered only now that every theme is ranked, so a narrative cites the numbers the report prints.
  const { numberOf } = reportCitations({ sections: ordered });
  const templateId = view.meta?.templateId ?? '';
  const estimates = new Map(board.list('estimates').map((estimate) => [estimate.id, estimate]));
  const sections: ReportSection[] = ordered.map(({ heading, lanes: reportedLanes }) => ({
    headingId: heading.id,
    title: heading.title,
    description: heading.description,
    panel: heading.panel,
    estimate: reportEstimate(estimateScaleOf(templateId, heading), estimates.get(heading.id)),
    narrative: printedNarrative(written(`heading:${heading.id}`), numberOf),
    lanes: reportedLanes,
  }));
  const narratives = [written('summary'), ...headings.map(({ heading }) => written(`heading:${heading.id}`))];
  return {
    title: view.meta?.title ?? 'Peer review',
    // A board whose settings could not be read has no template id: say so rather than print nothing.
    templateName: findTemplate(templateId)?.name ?? (templateId || 'Review type unknown'),
    date: reportDate(options.generatedAt),
    generatedAt: options.generatedAt,
    lanes: { strengths: lanes.strengths, nextSteps: lanes.nextSteps },
    includesInterpretation: includeInterpretation,
    includesFigures: options.includeFigures ?? true,
    keyQuestions: keyQuestionLines(coverageMap(board), headings.map((entry) => entry.heading), options.hostPartner),
    narrative: {
      dates: written('dates'),
      team: written('team'),
      hostLeaders: written('hostLeaders'),
      context: written('context'),
      summary: printedNarrative(written('summary'), numberOf),
    },
    sections,
    outcomes: (options.outcomes ?? []).map((selection) => reportOutcome(board, selection)),
    evidenceCount: nextNumber - 1,
    evidenceAppendix: evidenceAppendix(options.evidenceAppendix ?? 'all', reportReferences({ sections: ordered }), narratives),
    unreadableNote: unreadableNotice(board.unreadable(), 'left out of this report'),
    comments: reportCommentNotes(options.comments ?? [], sections),
  };
}
