import type { Card } from '../board/records';
import { markdownInline as inline, markdownParagraphs as paragraphs } from './markdownText';
import { titleSlug } from './reportFileName';

/** What a participant downloads of their own reviewer learning. */
export interface ReviewerLearningExport {
  boardTitle: string;
  /** Whose learning it is: only their own cards are written. */
  participantId: string;
  participantName: string;
  cards: readonly Card[];
  exportedAt: number;
  /**
   * The zone its times are written in; the device's own when left out. Unlike the report it does
   * not insist on England's: a device without that zone's data can still download its notes.
   */
  timeZone?: string;
}

/** "22 November 2025 at 14:05". */
function capturedWhen(at: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
}

/** "22 November 2025". */
function longDate(at: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(at);
}

/** "2025-11-22": sorts by name in a folder of downloads. */
function isoDate(at: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}

function cardLines(card: Card, number: number, timeZone: string | undefined): string[] {
  return [
    `## ${number}. ${inline(capturedWhen(card.capturedAt, timeZone))}, ${inline(card.activity)}`,
    '',
    '**Observation**',
    '',
    paragraphs(card.observation),
    '',
    ...(card.interpretation ? ['**Interpretation**', '', paragraphs(card.interpretation), ''] : []),
  ];
}

/**
 * A participant's own reviewer learning as Markdown, oldest first: for each card what was seen,
 * how they read it, the activity and when. Cards that are not reviewer learning, or are someone
 * else's, are left out.
 */
export function reviewerLearningMarkdown({ boardTitle, participantId, participantName, cards, exportedAt, timeZone }: ReviewerLearningExport): string {
  const own = cards
    .filter((card) => card.privateLearning && card.authorId === participantId)
    .sort((a, b) => a.capturedAt - b.capturedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [
    `# Reviewer learning: ${inline(boardTitle)}`,
    '',
    `${inline(participantName)}’s own learning to take home, downloaded ${inline(longDate(exportedAt, timeZone))}. Private: not part of the feedback report.`,
    '',
    ...(own.length > 0 ? own.flatMap((card, index) => cardLines(card, index + 1, timeZone)) : ['_No reviewer learning captured yet._', '']),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "riverside-academy-reviewer-learning-2025-11-22.md", named like the report's files. */
export function reviewerLearningFileName(boardTitle: string, exportedAt: number, timeZone?: string): string {
  return `${titleSlug(boardTitle)}-reviewer-learning-${isoDate(exportedAt, timeZone)}.md`;
}
