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

/** An A4 page's text width at 96 dpi, with the default margins. */
const pageWidth = 600;

/** The picture's size on the page: no wider than the text, never enlarged. */
export function reportPictureSize(picture: Pick<ReportPicture, 'w' | 'h'>): { width: number; height: number } {
  const scale = Math.min(1, pageWidth / picture.w);
  return { width: Math.round(picture.w * scale), height: Math.round(picture.h * scale) };
}

/**
 * The picture as Markdown, inline as a data: URL. Inline rather than a file beside the .md: the
 * report is one download that a person mails or uploads on its own, and a relative image path
 * would break as soon as it travels; a relay URL would need a token and stop working with the board.
 */
export function reportPictureMarkdown(picture: ReportPicture, toBase64: (bytes: Uint8Array) => string): string {
  return `\n## ${reportPictureHeading}\n\n![${reportPictureAlt}](data:image/png;base64,${toBase64(picture.png)})\n`;
}
