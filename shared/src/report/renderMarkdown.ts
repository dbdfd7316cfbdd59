import { markdownInline as inline, markdownParagraphs as paragraphs } from './markdownText';
import { estimateLabel } from './reportEstimate';
import { evidenceAppendixHeading, evidenceNumbersLabel, evidenceSourceLabel, hostAgreementLabel, keyQuestionAgreementLabel, keyQuestionCoverageLabel, votesLabel } from './reportLabels';
import { reportCommentByline, reportCommentsHeading } from './reportComments';
import type { EvidenceReference, Report, ReportCommentNote, ReportEvidenceAppendix, ReportKeyQuestion, ReportNarrative, ReportOutcome, ReportSection, ReportTheme } from './reportModel';
import { titleBlock } from './titleBlock';
import { sessionRecordLabel } from './sessionRecordLabel';
import { themeTable, themeTableColumns } from './themeTable';

function titleBlockLines(narrative: ReportNarrative): string[] {
  const lines = titleBlock(narrative).map(({ label, text }) => `**${label}:** ${inline(text.replace(/\s*\n\s*/g, '; '))}  `);
  return lines.length > 0 ? [...lines, ''] : [];
}

function keyQuestionLine(question: ReportKeyQuestion): string {
  const standing = keyQuestionAgreementLabel(question);
  const draft = standing ? ` _(${standing})_` : '';
  return `${question.number}. ${inline(question.text)}${draft}  \n   Evidence: ${inline(keyQuestionCoverageLabel(question))}.`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(inline).join(' | ')} |`;
}

function themeTableLines(report: Report): string[] {
  const rows = themeTable(report);
  if (rows.length === 0) return [];
  const columns = themeTableColumns(report);
  return [
    '## Summary of themes',
    '',
    tableRow(columns.map((column) => column.label)),
    `|${columns.map(() => ' --- |').join('')}`,
    ...rows.map((row) => tableRow(columns.map((column) => row[column.key]))),
    '',
  ];
}

/**
 * Lines already written for a reference or theme object. A report's parts are plain values never
 * changed in place, and the report remembered between keystrokes (`memoisedRedactedReport`) keeps
 * the same objects for every theme and card while only the narrative changes, so the host copy's
 * fingerprint taken at each keystroke escapes only the narrative again.
 */
function remembered<Part extends object>(render: (part: Part) => string[]): (part: Part) => string[] {
  const written = new WeakMap<Part, string[]>();
  return (part) => {
    let lines = written.get(part);
    if (!lines) {
      lines = render(part);
      written.set(part, lines);
    }
    return lines;
  };
}

const evidenceLines = remembered((reference: EvidenceReference): string[] => {
  const lines = [`- [${reference.number}] ${inline(reference.observation)} (${inline(evidenceSourceLabel(reference))})`];
  if (reference.interpretation) lines.push(`  - _Interpretation:_ ${inline(reference.interpretation)}`);
  return lines;
});

const themeLinesByFigures = { with: remembered((theme: ReportTheme) => themeLinesOf(theme, true)), without: remembered((theme: ReportTheme) => themeLinesOf(theme, false)) };

function themeLines(theme: ReportTheme, includesFigures: boolean): string[] {
  return includesFigures ? themeLinesByFigures.with(theme) : themeLinesByFigures.without(theme);
}

function themeLinesOf(theme: ReportTheme, includesFigures: boolean): string[] {
  return [
    `#### ${inline(theme.title)}`,
    '',
    ...(theme.wording !== theme.title ? [paragraphs(theme.wording), ''] : []),
    `- **Host agreement:** ${hostAgreementLabel(theme.hostAgreement)}`,
    ...(includesFigures ? [`- **Votes:** ${votesLabel(theme)}`, `- **Triangulation:** ${inline(theme.triangulation)}`] : []),
    ...(theme.evidence.length > 0 ? [`- **Evidence:** ${evidenceNumbersLabel(theme)}`] : []),
    '',
  ];
}

function sectionLines(section: ReportSection, includesFigures: boolean): string[] {
  return [
    `## ${inline(section.title)}`,
    '',
    ...(section.description ? [paragraphs(section.description), ''] : []),
    ...(section.estimate ? [`**Estimate:** ${inline(estimateLabel(section.estimate))}`, ''] : []),
    ...(section.narrative ? [paragraphs(section.narrative), ''] : []),
    ...section.lanes.flatMap((lane) => [
      `### ${inline(lane.label)}`,
      '',
      ...(lane.themes.length > 0 ? lane.themes.flatMap((theme) => themeLines(theme, includesFigures)) : ['_None recorded._', '']),
    ]),
  ];
}

function appendixLines(appendix: ReportEvidenceAppendix): string[] {
  const { title, note } = evidenceAppendixHeading(appendix);
  return [`## ${title}`, '', `_${note}_`, '', ...(appendix.references.length > 0 ? appendix.references.flatMap(evidenceLines) : ['_None._']), ''];
}

function outcomeLines(outcome: ReportOutcome): string[] {
  return [
    `### ${inline(outcome.processLabel)}`,
    '',
    `**Question:** ${inline(outcome.question)}`,
    '',
    `**Session record:** ${inline(sessionRecordLabel(outcome.record))}`,
    '',
    '**Ideas the host selected**',
    '',
    ...(outcome.selectedIdeas.length > 0 ? outcome.selectedIdeas.map((idea, at) => `${at + 1}. ${inline(idea.text)}`) : ['_None selected._']),
    '',
    ...(outcome.actions.length > 0
      ? ['**Actions**', '', tableRow(['What', 'Who', 'When']), '| --- | --- | --- |', ...outcome.actions.map((a) => tableRow([a.what, a.who || '—', a.when || '—'])), '']
      : []),
  ];
}

function commentLines(notes: readonly ReportCommentNote[]): string[] {
  if (notes.length === 0) return [];
  const { title, note } = reportCommentsHeading;
  return [
    `## ${title}`,
    '',
    `_${note}_`,
    '',
    ...notes.flatMap((comment) => [`- **On ${inline(comment.about)}:** ${inline(comment.text)}  `, `  _${inline(reportCommentByline(comment))}_`]),
    '',
  ];
}

/**
 * The report as a Markdown document: title and date, key questions with their coverage, a table
 * of themes, then each heading's estimate, strengths and next steps citing evidence by number, then
 * the area of challenge, the evidence appendix as chosen, and the comments when chosen. Redact the report before rendering: this prints what it is given.
 */
export function renderMarkdown(report: Report): string {
  const lines = [
    `# ${inline(report.title)}`,
    '',
    `Feedback report · ${inline(report.templateName)} · ${inline(report.date)}`,
    '',
    ...titleBlockLines(report.narrative),
    ...(report.unreadableNote ? [`_${inline(report.unreadableNote)}_`, ''] : []),
    ...(report.narrative.context ? ['## Context', '', paragraphs(report.narrative.context), ''] : []),
    ...(report.narrative.summary ? ['## Summary', '', paragraphs(report.narrative.summary), ''] : []),
    ...(report.keyQuestions.length > 0 ? ['## Key questions', '', ...report.keyQuestions.map(keyQuestionLine), ''] : []),
    ...themeTableLines(report),
    ...report.sections.flatMap((section) => sectionLines(section, report.includesFigures)),
    ...(report.outcomes.length > 0 ? ['## Area of challenge', '', ...report.outcomes.flatMap(outcomeLines)] : []),
    ...(report.evidenceAppendix ? appendixLines(report.evidenceAppendix) : []),
    ...commentLines(report.comments),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
