import type { BoardDoc } from '../board/boardDoc';
import type { CouncilState } from '../council/councilState';
import type { HostPartnerState } from '../hostPartner/hostPartnerState';
import type { PstbState } from '../pstb/pstbState';
import type { ReportComment } from '../reportFlow/reportFlowState';
import type { PastSessions } from '../relayDoc/pastSessionsEntry';
import type { VotesState } from '../voting/votesState';
import { buildReport, type ReportOptions } from './buildReport';
import { redactReport } from './redactReport';
import type { EvidenceAppendixChoice, ReportChoices } from './reportChoices';
import type { Report } from './reportModel';
import { sessionOutcomes } from './sessionOutcomes';

/** What the report needs besides the board doc, already read by the caller from the relay doc and its clock. */
export interface ReportInputs extends Omit<ReportChoices, 'evidenceAppendix' | 'includeComments'> {
  /** The report flow's comments, printed (redacted like the rest) when the reader chose them; none otherwise. */
  comments?: readonly ReportComment[];
  /** Every numbered card unless chosen otherwise. */
  evidenceAppendix?: EvidenceAppendixChoice;
  /** The relay doc's vote rounds; only revealed tallies are printed. */
  votes: VotesState | null | undefined;
  /** The relay doc's Council and PSTB sessions; one whose host chose ideas adds its outcome. */
  council: CouncilState | undefined;
  pstb: PstbState | undefined;
  /** The relay doc's earlier sessions; each whose host chose ideas adds its outcome too, in order of when it was set up. */
  pastSessions?: PastSessions | undefined;
  /** The relay doc's record of the host's own acts. */
  hostPartner?: HostPartnerState | undefined;
  /** Server time: the report's date, and where each session's clock stands. */
  now: number;
}

/**
 * The report as it may leave the board: built from the board doc and the relay doc's values,
 * then redacted with the board's own list. The screen and every export use this one recipe, so
 * no path can show a name the list redacts.
 */
export function redactedReport(board: BoardDoc, inputs: ReportInputs): Report {
  return redactReport(buildReport(board, reportOptionsOf(inputs)), board.list('redactions'));
}

/** The report's options from what the caller read: the area-of-challenge outcomes as they stand at `now`. */
export function reportOptionsOf(inputs: ReportInputs): ReportOptions {
  return {
    generatedAt: inputs.now,
    votes: inputs.votes,
    hostPartner: inputs.hostPartner,
    includeInterpretation: inputs.includeInterpretation,
    includeFigures: inputs.includeFigures,
    evidenceAppendix: inputs.evidenceAppendix,
    comments: inputs.comments,
    outcomes: sessionOutcomes(inputs.council, inputs.pstb, inputs.now, inputs.pastSessions?.sessions),
  };
}
