import type { Activity, Stakeholder } from '../board/records';
import type { ThemeAgreement } from '../hostPartner/themeAgreement';
import type { LaneId } from '../templates/schema';

/**
 * The feedback report as data: everything the on-screen view, the Markdown and the Word export
 * show, so the three can never disagree. Plain values only (no Y types, no functions), so
 * redaction can rewrite every string of it in one walk.
 */
export interface Report {
  title: string;
  templateName: string;
  /** The date as it is printed, e.g. "22 November 2025". */
  date: string;
  /** When the report was made, in ms since the epoch (for file names). */
  generatedAt: number;
  /** The template's lane names, e.g. "What went well" / "Even better if". */
  lanes: Record<LaneId, string>;
  includesInterpretation: boolean;
  /**
   * Whether votes and triangulation figures are printed beside each theme and in the summary
   * table. A choice, off by default in the copy that goes to the host: the host receives the
   * findings, the team's arithmetic behind them only when the Lead Reviewer chooses.
   */
  includesFigures: boolean;
  keyQuestions: ReportKeyQuestion[];
  /** Prescribed headings first, in board order, then extra panels (the QA Review's Area of Excellence). */
  sections: ReportSection[];
  /** What the team wrote in their own words around the findings; empty strings for parts not written. */
  narrative: ReportNarrative;
  /** The area of challenge: one entry per Council or PSTB session with an outcome; empty when none ran. */
  outcomes: ReportOutcome[];
  /** How many evidence references are numbered in the report. */
  evidenceCount: number;
  /** The numbered evidence listed at the end, as the reader chose; null when they chose none. */
  evidenceAppendix: ReportEvidenceAppendix | null;
  /** Says what the board holds that fails its schema and so is left out; null when nothing is. */
  unreadableNote: string | null;
  /** The comments on the report, its headings and themes, when the reader chose them (the team's working copy); empty otherwise, as in the host's copy. */
  comments: ReportCommentNote[];
}

/**
 * A comment as a report prints it: anchored to its heading or theme when the report still has it,
 * otherwise to the report as a whole. Plain strings, so redaction reaches its words and its author.
 */
export interface ReportCommentNote {
  commentId: string;
  /** The heading or theme it is anchored to in this report; both null for a comment on the whole report or on a part the report no longer has. */
  headingId: string | null;
  themeId: string | null;
  /** What it is about, as printed: "the whole report", the heading's or the theme's title. */
  about: string;
  text: string;
  author: string;
  /** The author's role as the product names it, e.g. "Host leader". */
  role: string;
  /** When it was made, in ms since the epoch (Word's comment date), and as printed. */
  at: number;
  date: string;
  /** The version of the report it was made on. */
  version: number;
  /** Who resolved it, as printed ("Lee, 4 December 2026"); null while it is open. */
  resolved: string | null;
}

/** The report's title block, context and overall summary, as the team wrote them. */
export interface ReportNarrative {
  /** When the review took place, e.g. "3–4 December 2026". */
  dates: string;
  /** The review team and their roles. */
  team: string;
  /** The host's leaders who took part. */
  hostLeaders: string;
  /** The host's own summary of their context. */
  context: string;
  /** The overall summary of the review's findings. */
  summary: string;
}

export interface ReportKeyQuestion {
  keyQuestionId: string;
  /** 1-based, in the agreed order. */
  number: number;
  text: string;
  agreed: boolean;
  /** The host's agreement of the question as worded, with who and the date; null while they have not agreed it. */
  hostAgreed: { by: string; date: string } | null;
  /** Counts from the coverage map: cards answering the question, anywhere on the board but the private lane. */
  cards: number;
  /** Distinct kinds of activity among those cards. */
  activities: number;
  /** Every heading of the report, zero counts included, so thin coverage shows. */
  byHeading: Array<{ headingId: string; title: string; cards: number }>;
}

export interface ReportSection {
  headingId: string;
  title: string;
  description: string;
  /** An extra panel reported apart from the prescribed headings. */
  panel: boolean;
  /** The team's estimate on the template's scale; null when the template estimates nothing for this heading. */
  estimate: ReportEstimate | null;
  /** The heading's narrative as the team wrote it, its citations printed as this report's numbers; empty when not written. */
  narrative: string;
  /** Strengths first, then next steps. */
  lanes: ReportLane[];
}

/**
 * A heading's estimate. Booleans and the scale's own words rather than a state name, because
 * redaction rewrites every string of the report (a redacted "set" must not change what it means).
 */
export interface ReportEstimate {
  /** The template's points, best first. */
  scale: string[];
  /** As stored; null while the team has not estimated the heading. */
  point: string | null;
  /** False for a stored point the scale does not hold (a template changed since): shown as unreadable, never dropped. */
  onScale: boolean;
}

/** The evidence listed after the findings, in number order; the numbers are the report's, gaps and all when only cited cards are listed. */
export interface ReportEvidenceAppendix {
  /** Only the cards some narrative cites, rather than every numbered card. */
  citedOnly: boolean;
  references: EvidenceReference[];
}

export interface ReportLane {
  lane: LaneId;
  label: string;
  themes: ReportTheme[];
}

export interface ReportTheme {
  themeId: string;
  title: string;
  /** The theme's summary as drafted with the team, or its title while there is none. */
  wording: string;
  /** The host's own agreement, with who recorded it and when. */
  hostAgreement: ThemeAgreement;
  /** From the latest revealed round that offered the theme; null when no revealed round did. */
  votes: number | null;
  cardCount: number;
  distinctSources: number;
  singleSource: boolean;
  /** One sentence saying what the finding rests on. */
  triangulation: string;
  evidence: EvidenceReference[];
}

export interface EvidenceReference {
  /** Numbered through the whole report in reading order, so text can cite "[3]". */
  number: number;
  cardId: string;
  observation: string;
  /** Null when the card has none, or the report was built without interpretations. */
  interpretation: string | null;
  activity: Activity;
  stakeholder: Stakeholder | null;
  site: string | null;
  counterEvidence: boolean;
}

export type ChallengeProcess = 'council' | 'pstb';

/** What an area-of-challenge session left the host with: the ideas they chose and the actions agreed. */
export interface ReportOutcome {
  process: ChallengeProcess;
  processLabel: string;
  question: string;
  selectedIdeas: Array<{ ideaId: string; text: string }>;
  actions: Array<{ actionId: string; what: string; who: string; when: string; idea: string | null }>;
  record: ReportSessionRecord;
}

/**
 * How an area-of-challenge session ran, in counts only: a peer-review report never says which
 * reviewer offered what. Numbers rather than a sentence, so that redacting a name that is also a
 * word ("Min") cannot garble it; the renderers word it with `sessionRecordLabel`.
 */
export type ReportSessionRecord = ReportCouncilRecord | ReportPstbRecord;

interface ReportSessionRecordBase {
  /** Where the session stands, as the room names the phase ("selection"); null once it has closed. */
  underWayAt: string | null;
  /** Every idea offered, chosen or not. */
  ideas: number;
  /** Ideas the host chose, counting any dropped later. */
  chosen: number;
}

export interface ReportCouncilRecord extends ReportSessionRecordBase {
  process: 'council';
  /** Rounds started. */
  rounds: number;
  /** Ideas captured in each round, round 1 first. */
  ideasByRound: number[];
  /** Everyone in the speaking order. */
  participants: number;
  /** Those of them who spoke at least once rather than passing. */
  speakers: number;
  /** All turns, pauses excluded. */
  speakingMs: number;
  passes: number;
}

export interface ReportPstbRecord extends ReportSessionRecordBase {
  process: 'pstb';
  contractMs: number;
  /** Running time of the steps so far, pauses excluded. */
  usedMs: number;
  /** 0 when the team voted no shortlist. */
  shortlisted: number;
  /** Chosen, then dropped after a critical concern. */
  dropped: number;
  actions: number;
}
