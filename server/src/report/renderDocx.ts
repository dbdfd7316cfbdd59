import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  estimateLabel,
  evidenceAppendixHeading,
  evidenceNumbersLabel,
  evidenceSourceLabel,
  hostAgreementLabel,
  keyQuestionAgreementLabel,
  keyQuestionCoverageLabel,
  plainParagraphs,
  reportCommentByline,
  reportPictureAlt,
  reportPictureHeading,
  reportPictureSize,
  sessionRecordLabel,
  themeTable,
  themeTableColumns,
  titleBlock,
  votesLabel,
  type EvidenceReference,
  type Report,
  type ReportCanvasImage,
  type ReportCommentNote,
  type ReportEvidenceAppendix,
  type ReportKeyQuestion,
  type ReportOutcome,
  type ReportSection,
  type ReportTheme,
} from '@washup/shared/report';

/** XML 1.0's Char production: one control character or lone surrogate pasted into a card would make Word refuse the file. */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}
const clean = (text: string) => Array.from(text).filter(isXmlChar).join('');

const run = (text: string, style: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: clean(text), ...style });

/** The Word comments of the report, each by its number in comments.xml, grouped by what they are anchored to. */
interface Anchors {
  report: number[];
  heading: ReadonlyMap<string, number[]>;
  theme: ReadonlyMap<string, number[]>;
}

function anchorsOf(comments: readonly ReportCommentNote[]): Anchors {
  const anchors = { report: [] as number[], heading: new Map<string, number[]>(), theme: new Map<string, number[]>() };
  const add = (map: Map<string, number[]>, key: string, id: number) => map.set(key, [...(map.get(key) ?? []), id]);
  comments.forEach((comment, id) => {
    if (comment.themeId !== null) add(anchors.theme, comment.themeId, id);
    else if (comment.headingId !== null) add(anchors.heading, comment.headingId, id);
    else anchors.report.push(id);
  });
  return anchors;
}

/** A line of text with Word comments around it: the range, then the reference Word shows in the margin. */
function commented(text: string, ids: readonly number[]): Array<TextRun | CommentRangeStart | CommentRangeEnd> {
  return [
    ...ids.map((id) => new CommentRangeStart(id)),
    run(text),
    ...ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]),
  ];
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], comments: readonly number[] = []): Paragraph {
  return new Paragraph({ heading: level, keepNext: true, children: commented(text, comments) });
}

/**
 * A comment's own paragraphs in Word's margin: its words, then who made it, when, on which version
 * and who resolved it. Said in words: the docx library marks a comment resolved only in a reply thread.
 */
function wordComment(comment: ReportCommentNote, id: number) {
  const initials = comment.author
    .split(/\s+/)
    .map((word) => Array.from(word)[0] ?? '')
    .join('')
    .slice(0, 9);
  return {
    id,
    author: clean(comment.author),
    initials: clean(initials),
    date: new Date(comment.at),
    children: [...paragraphs(comment.text), new Paragraph({ children: [run(reportCommentByline(comment), { italics: true })] })],
  };
}

function paragraphs(text: string, style: { italics?: boolean } = {}): Paragraph[] {
  return plainParagraphs(text).map((paragraph) => new Paragraph({ children: [run(paragraph, style)] }));
}

/** " (agreed with the host (…))" or " (draft)" after a key question; nothing for one the team agreed that the host has not yet. */
function keyQuestionStanding(question: ReportKeyQuestion): TextRun[] {
  const standing = keyQuestionAgreementLabel(question);
  return standing ? [run(` (${standing})`, { italics: true })] : [];
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ keepNext: true, children: [run(`${label}: `, { bold: true }), run(value)] });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [run(text, { bold: header })] })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E2EFEC', color: 'auto' } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((text) => cell(text)) })),
    ],
  });
}

function evidence(reference: EvidenceReference): Paragraph[] {
  const cited = new Paragraph({
    indent: { left: 360 },
    children: [run(`[${reference.number}] `, { bold: true }), run(reference.observation), run(` (${evidenceSourceLabel(reference)})`, { italics: true })],
  });
  if (!reference.interpretation) return [cited];
  return [cited, new Paragraph({ indent: { left: 720 }, children: [run('Interpretation: ', { italics: true }), run(reference.interpretation, { italics: true })] })];
}

function theme(entry: ReportTheme, includesFigures: boolean, anchors: Anchors): Array<Paragraph | Table> {
  return [
    heading(entry.title, HeadingLevel.HEADING_3, anchors.theme.get(entry.themeId)),
    ...(entry.wording !== entry.title ? paragraphs(entry.wording) : []),
    labelled('Host agreement', hostAgreementLabel(entry.hostAgreement)),
    ...(includesFigures ? [labelled('Votes', votesLabel(entry)), labelled('Triangulation', entry.triangulation)] : []),
    ...(entry.evidence.length > 0 ? [labelled('Evidence', evidenceNumbersLabel(entry))] : []),
  ];
}

function section(entry: ReportSection, includesFigures: boolean, anchors: Anchors): Array<Paragraph | Table> {
  return [
    heading(entry.title, HeadingLevel.HEADING_1, anchors.heading.get(entry.headingId)),
    ...paragraphs(entry.description, { italics: true }),
    ...(entry.estimate ? [labelled('Estimate', estimateLabel(entry.estimate))] : []),
    ...paragraphs(entry.narrative),
    ...entry.lanes.flatMap((lane) => [
      heading(lane.label, HeadingLevel.HEADING_2),
      ...(lane.themes.length > 0 ? lane.themes.flatMap((entry) => theme(entry, includesFigures, anchors)) : [new Paragraph({ children: [run('None recorded.', { italics: true })] })]),
    ]),
  ];
}

function appendix(entry: ReportEvidenceAppendix): Paragraph[] {
  const { title, note } = evidenceAppendixHeading(entry);
  return [
    heading(title, HeadingLevel.HEADING_1),
    ...paragraphs(note, { italics: true }),
    ...(entry.references.length > 0 ? entry.references.flatMap(evidence) : paragraphs('None.', { italics: true })),
  ];
}

function outcome(entry: ReportOutcome): Array<Paragraph | Table> {
  return [
    heading(entry.processLabel, HeadingLevel.HEADING_2),
    labelled('Question', entry.question),
    labelled('Session record', sessionRecordLabel(entry.record)),
    new Paragraph({ keepNext: true, children: [run('Ideas the host selected', { bold: true })] }),
    ...(entry.selectedIdeas.length > 0
      ? entry.selectedIdeas.map((idea, at) => new Paragraph({ indent: { left: 360 }, children: [run(`${at + 1}. `, { bold: true }), run(idea.text)] }))
      : [new Paragraph({ children: [run('None selected.', { italics: true })] })]),
    ...(entry.actions.length > 0
      ? [
          new Paragraph({ keepNext: true, children: [run('Actions', { bold: true })] }),
          table(['What', 'Who', 'When'], entry.actions.map((action) => [action.what, action.who || '—', action.when || '—'])),
        ]
      : []),
  ];
}

/** The canvas's image, as an embedded picture under its own heading, or the line saying why it is left out. */
function picture(canvas: ReportCanvasImage): Paragraph[] {
  if (canvas.kind === 'left out') return [heading(reportPictureHeading, HeadingLevel.HEADING_1), ...paragraphs(canvas.note, { italics: true })];
  const image = canvas.picture;
  return [
    heading(reportPictureHeading, HeadingLevel.HEADING_1),
    new Paragraph({ children: [new ImageRun({ type: 'png', data: image.png, transformation: reportPictureSize(image), altText: { name: reportPictureHeading, description: reportPictureAlt, title: reportPictureHeading } })] }),
  ];
}

function body(report: Report, canvas: ReportCanvasImage | null): Array<Paragraph | Table | TableOfContents> {
  const themes = themeTable(report);
  const columns = themeTableColumns(report);
  const anchors = anchorsOf(report.comments);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: commented(report.title, anchors.report) }),
    new Paragraph({ children: [run(`Feedback report · ${report.templateName} · ${report.date}`, { italics: true })] }),
    ...titleBlock(report.narrative).map((line) => labelled(line.label, line.text.replace(/\s*\n\s*/g, '; '))),
    // Written with an entry per heading, so it reads before Word updates its page numbers (Word offers to on opening).
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
    ...(report.narrative.context ? [heading('Context', HeadingLevel.HEADING_1), ...paragraphs(report.narrative.context)] : []),
    ...(report.narrative.summary ? [heading('Summary', HeadingLevel.HEADING_1), ...paragraphs(report.narrative.summary)] : []),
    ...(report.unreadableNote ? [new Paragraph({ children: [run(report.unreadableNote, { italics: true })] })] : []),
    ...(report.keyQuestions.length > 0
      ? [
          heading('Key questions', HeadingLevel.HEADING_1),
          ...report.keyQuestions.flatMap((question) => [
            new Paragraph({ keepNext: true, children: [run(`${question.number}. `, { bold: true }), run(question.text), ...keyQuestionStanding(question)] }),
            new Paragraph({ indent: { left: 360 }, children: [run('Evidence: ', { italics: true }), run(`${keyQuestionCoverageLabel(question)}.`)] }),
          ]),
        ]
      : []),
    ...(themes.length > 0
      ? [
          heading('Summary of themes', HeadingLevel.HEADING_1),
          table(
            columns.map((column) => column.label),
            themes.map((row) => columns.map((column) => row[column.key])),
          ),
        ]
      : []),
    ...report.sections.flatMap((entry) => section(entry, report.includesFigures, anchors)),
    ...(report.outcomes.length > 0 ? [heading('Area of challenge', HeadingLevel.HEADING_1), ...report.outcomes.flatMap(outcome)] : []),
    ...(canvas ? picture(canvas) : []),
    ...(report.evidenceAppendix ? appendix(report.evidenceAppendix) : []),
  ];
}

/**
 * The report as a Word document with real heading styles (so Word's navigation pane works), a
 * table of contents, page numbers ("Page N of M" fields in the footer), a table of themes, each
 * heading's estimate, and the numbered evidence in an appendix as chosen; votes and
 * triangulation only when the report includes figures, and the comments, when chosen, as Word
 * comments on the heading or theme they are about (the whole report's on its title). Give it the redacted report: every
 * string here, the document properties included, comes from it.
 */
export function renderDocx(report: Report, canvas: ReportCanvasImage | null = null): Promise<Buffer> {
  const document = new Document({
    comments: { children: report.comments.map(wordComment) },
    title: clean(report.title),
    subject: 'Feedback report',
    creator: 'Washup',
    lastModifiedBy: 'Washup',
    description: clean(`Feedback report · ${report.templateName} · ${report.date}`),
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        title: { run: { font: 'Calibri Light', size: 48, color: '1F4E46' } },
        heading1: { run: { font: 'Calibri Light', size: 34, color: '1F4E46' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Calibri Light', size: 28, color: '2E6B60' }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { font: 'Calibri', size: 24, bold: true, color: '333333' }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children: body(report, canvas),
      },
    ],
  });
  return Packer.toBuffer(document);
}
