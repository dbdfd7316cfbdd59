import type { BoardDoc } from '../board/boardDoc';
import { boardView, type ThemeView } from '../board/boardView';
import { coverageMap } from '../board/coverage';
import { unreadableNotice } from '../board/storedRecords';
import { findTemplate } from '../templates/catalogue';
import { laneIds } from '../templates/schema';
import { optionEvidence } from '../voting/votesVersusEvidence';
import type { VotesState } from '../voting/votesState';
import type { HostPartnerState } from '../hostPartner/hostPartnerState';
import type { ReportTextPart } from '../board/records';
import { keyQuestionLines } from './keyQuestionLines';
import { printedNarrative, reportCitations } from './narrativeReferences';
import { reportDate } from './reportDate';
import type { Report, ReportSection } from './reportModel';
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
}

const defaultLanes = { strengths: 'Strengths', nextSteps: 'Next steps' };

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
  const texts = new Map(board.list('reportTexts').map((part) => [part.id, part.text]));
  const written = (part: ReportTextPart) => texts.get(part) ?? '';
  const ordered = headings.map(({ heading, lanes: contents }) => ({
    heading,
    lanes: laneIds.map((lane) => ({ lane, label: lanes[lane], themes: ranked(contents[lane].themes) })),
  }));
  // Numbered only now that every theme is ranked, so a narrative cites the numbers the report prints.
  const { numberOf } = reportCitations({ sections: ordered });
  const sections: ReportSection[] = ordered.map(({ heading, lanes: reportedLanes }) => ({
    headingId: heading.id,
    title: heading.title,
    description: heading.description,
    panel: heading.panel,
    narrative: printedNarrative(written(`heading:${heading.id}`), numberOf),
    lanes: reportedLanes,
  }));
  const templateId = view.meta?.templateId ?? '';
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
    unreadableNote: unreadableNotice(board.unreadable(), 'left out of this report'),
  };
}
