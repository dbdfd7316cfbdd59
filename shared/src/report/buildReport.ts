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

/** The report as the board's records and the relay doc's values make it, before the team's own words go in. */
export interface ReportFindings {
  /** Complete but for the narrative: its parts and each heading's narrative empty, no appendix yet. */
  report: Report;
  /** Each cited card's number in this report, to print the narrative's citations. */
  numberOf: ReadonlyMap<string, number>;
  appendixChoice: EvidenceAppendixChoice;
}

/** The narrative as stored (citations as card ids): the title block's lines, context, summary and each heading's part by heading id. */
export interface StoredNarrative {
  dates: string;
  team: string;
  hostLeaders: string;
  context: string;
  summary: string;
  headings: ReadonlyMap<string, string>;
}

/** The board's narrative for the report's headings, as stored. */
export function readReportNarrative(board: BoardDoc, headingIds: readonly string[]): StoredNarrative {
  const written = (part: ReportTextPart) => readNarrative(board, part);
  return {
    dates: written('dates'),
    team: written('team'),
    hostLeaders: written('hostLeaders'),
    context: written('context'),
    summary: written('summary'),
    headings: new Map(headingIds.map((id) => [id, written(`heading:${id}`)])),
  };
}

/**
 * The findings of the feedback report from the board: per heading, its strengths then its next
 * steps, each theme with its wording, host agreement, triangulation and numbered evidence. Only
 * themed cards are cited: inbox and loose cards are not findings yet, nor is a theme left with no
 * cards, and reviewer-learning cards never leave the team. Apart from the narrative, so that a
 * keystroke in the narrative need not build them again (`memoisedRedactedReport`).
 */
export function reportFindings(board: BoardDoc, options: ReportOptions): ReportFindings {
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
    narrative: '',
    lanes: reportedLanes,
  }));
  const report: Report = {
    title: view.meta?.title ?? 'Peer review',
    // A board whose settings could not be read has no template id: say so rather than print nothing.
    templateName: findTemplate(templateId)?.name ?? (templateId || 'Review type unknown'),
    date: reportDate(options.generatedAt),
    generatedAt: options.generatedAt,
    lanes: { strengths: lanes.strengths, nextSteps: lanes.nextSteps },
    includesInterpretation: includeInterpretation,
    includesFigures: options.includeFigures ?? true,
    keyQuestions: keyQuestionLines(coverageMap(board), headings.map((entry) => entry.heading), options.hostPartner),
    narrative: { dates: '', team: '', hostLeaders: '', context: '', summary: '' },
    sections,
    outcomes: (options.outcomes ?? []).map((selection) => reportOutcome(board, selection)),
    evidenceCount: nextNumber - 1,
    evidenceAppendix: null,
    unreadableNote: unreadableNotice(board.unreadable(), 'left out of this report'),
    comments: reportCommentNotes(options.comments ?? [], sections),
  };
  return { report, numberOf, appendixChoice: options.evidenceAppendix ?? 'all' };
}

/**
 * The findings with the team's words in: each part as written (through `redact` when the findings
 * were redacted), the summary's and each heading's citations printed as this report's numbers, and
 * the appendix as chosen.
 */
export function withNarrative(findings: ReportFindings, stored: StoredNarrative, redact: (text: string) => string = (text) => text): Report {
  const { report, numberOf } = findings;
  const printed = (text: string) => redact(printedNarrative(text, numberOf));
  const headingText = (headingId: string) => stored.headings.get(headingId) ?? '';
  return {
    ...report,
    narrative: { dates: redact(stored.dates), team: redact(stored.team), hostLeaders: redact(stored.hostLeaders), context: redact(stored.context), summary: printed(stored.summary) },
    sections: report.sections.map((section) => ({ ...section, narrative: printed(headingText(section.headingId)) })),
    evidenceAppendix: evidenceAppendix(findings.appendixChoice, reportReferences(report), [stored.summary, ...report.sections.map((section) => headingText(section.headingId))]),
  };
}

/** The feedback report from the board: its findings with the team's narrative. */
export function buildReport(board: BoardDoc, options: ReportOptions): Report {
  const findings = reportFindings(board, options);
  return withNarrative(findings, readReportNarrative(board, findings.report.sections.map((section) => section.headingId)));
}
