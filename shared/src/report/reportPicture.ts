import type { RedactionRule } from './nameRedactor';

/**
 * The canvas's image in the report (the Lead Reviewer's choice, kept with the canvas): one
 * heading and one description, the same in the Report view, the .md and the .docx.
 */
export const reportPictureHeading = 'The canvas';
export const reportPictureAlt = "The review team's canvas: evidence cards, notes and drawings as they were arranged";

/** A PNG as a report prints it: its pixel size, scaled to the page's text width (in CSS pixels, 96 to the inch). */
export interface ReportPicture {
  png: Uint8Array;
  w: number;
  h: number;
}

/**
 * The canvas image as a report carries it: the picture itself, or, under the same heading, the
 * line saying why it is left out. Left out rather than shown whenever the board's redaction list
 * names anyone: the picture's words (cards, notes, drawings) are pixels the redactor cannot
 * reach, so a name the text hides could be read in the picture.
 */
export type ReportCanvasImage = { kind: 'picture'; picture: ReportPicture } | { kind: 'left out'; note: string };

/** Said in every output in place of a picture the redaction list keeps out. */
export function reportPictureLeftOutNote(redactedNames: number): string {
  const names = redactedNames === 1 ? 'the name' : `the ${redactedNames} names`;
  return `The canvas image is left out of this report: it is a picture, so ${names} this report redacts cannot be taken out of it, and a card or note in it could show them.`;
}

/** Whether the report shows the canvas picture at all: not while the board redacts any name (see `reportCanvasImage`). */
export function canvasPictureShown(redactions: readonly RedactionRule[]): boolean {
  return redactions.length === 0;
}

/** The picture, or the note in its place when the board redacts any name. */
export function reportCanvasImage(picture: ReportPicture, redactions: readonly RedactionRule[]): ReportCanvasImage {
  return canvasPictureShown(redactions) ? { kind: 'picture', picture } : { kind: 'left out', note: reportPictureLeftOutNote(redactions.length) };
}

/** An A4 page's text width at 96 dpi, with the default margins. */
const pageWidth = 600;

/** The picture's size on the page: no wider than the text, never enlarged. */
export function reportPictureSize(picture: Pick<ReportPicture, 'w' | 'h'>): { width: number; height: number } {
  const scale = Math.min(1, pageWidth / picture.w);
  return { width: Math.round(picture.w * scale), height: Math.round(picture.h * scale) };
}

/**
 * The canvas image as Markdown: the picture inline as a data: URL, or the note saying why it is
 * left out. Inline rather than a file beside the .md: the report is one download that a person
 * mails or uploads on its own, and a relative image path would break as soon as it travels; a
 * relay URL would need a token and stop working with the board.
 */
export function reportCanvasMarkdown(image: ReportCanvasImage, toBase64: (bytes: Uint8Array) => string): string {
  const shown = image.kind === 'picture' ? `![${reportPictureAlt}](data:image/png;base64,${toBase64(image.picture.png)})` : `_${image.note}_`;
  return `\n## ${reportPictureHeading}\n\n${shown}\n`;
}
