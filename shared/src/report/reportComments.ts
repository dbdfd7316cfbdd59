import { roleLabels } from '../auth/roles';
import type { ReportComment, ReportCommentTarget } from '../reportFlow/reportFlowState';
import { reportDate } from './reportDate';
import type { ReportCommentNote, ReportSection } from './reportModel';

/** Where a comment is anchored when the report has no part it is about. */
export const wholeReportLabel = 'the whole report';

/**
 * The comments as the report prints them, oldest first, each anchored to the heading or theme it
 * is about. A comment on a theme the report no longer shows (dissolved, or left with no cards)
 * keeps its words and is anchored to the whole report, saying so: nothing the host said is dropped.
 */
export function reportCommentNotes(comments: readonly ReportComment[], sections: readonly ReportSection[]): ReportCommentNote[] {
  const headings = new Map(sections.map((section) => [section.headingId, section.title]));
  const themes = new Map(sections.flatMap((section) => section.lanes.flatMap((lane) => lane.themes.map((theme) => [theme.themeId, theme.title] as const))));
  const anchorOf = (target: ReportCommentTarget): Pick<ReportCommentNote, 'headingId' | 'themeId' | 'about'> => {
    const whole = { headingId: null, themeId: null };
    if (target.kind === 'report') return { ...whole, about: wholeReportLabel };
    const title = target.kind === 'heading' ? headings.get(target.headingId) : themes.get(target.themeId);
    if (title === undefined) return { ...whole, about: `a ${target.kind} no longer in the report` };
    return target.kind === 'heading' ? { headingId: target.headingId, themeId: null, about: title } : { headingId: null, themeId: target.themeId, about: title };
  };
  return [...comments]
    .sort((a, b) => a.at - b.at)
    .map((comment) => ({
      commentId: comment.id,
      ...anchorOf(comment.target),
      text: comment.text,
      author: comment.by.name,
      role: roleLabels[comment.by.role],
      at: comment.at,
      date: reportDate(comment.at),
      version: comment.version,
      resolved: comment.resolved ? `${comment.resolved.by.name}, ${reportDate(comment.resolved.at)}` : null,
    }));
}

/** One comment as a line of prose: what it is about, its words, who and when, and whether it is resolved. */
export function reportCommentByline(note: ReportCommentNote): string {
  const resolved = note.resolved ? `; resolved by ${note.resolved}` : '';
  return `${note.author} (${note.role}), ${note.date}, on version ${note.version}${resolved}`;
}

/** The comments' part of an export, and the sentence saying they are not the report's text. */
export const reportCommentsHeading = {
  title: 'Comments',
  note: 'Comments by the review team and the host on this copy, oldest first. They are not part of the report the host agrees.',
};
