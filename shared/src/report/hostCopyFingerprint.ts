import { reportFingerprint } from '../reportFlow/reportFingerprint';
import type { Report } from './reportModel';
import { reportPictureAlt, reportPictureHeading, type ReportPicture } from './reportPicture';
import { renderMarkdown } from './renderMarkdown';

/**
 * The canvas picture the report shows, as the board names it (canvasMeta.reportImage): its asset
 * id is the SHA-256 of the PNG's bytes, so the id names the picture itself, not just its place.
 */
export interface ReportPictureIdentity extends Pick<ReportPicture, 'w' | 'h'> {
  assetId: string;
}

/** How much of the picture's id the agreed copy prints: 48 bits of its SHA-256, far past any chance of two pictures of one board sharing it. */
const shownIdLength = 12;

/**
 * The picture as the agreed copy names it: last, where the .md and .docx put it, in words (the
 * bytes stay with the board), so a new picture reads as a changed line between versions.
 */
export function reportPictureLine(picture: ReportPictureIdentity): string {
  const id = picture.assetId.slice(0, shownIdLength);
  return `\n## ${reportPictureHeading}\n\n*${reportPictureAlt}: picture ${id}, ${picture.w} × ${picture.h} pixels.*\n`;
}

/**
 * The text an agreement is given to and a final version keeps: the host's copy in Markdown and the
 * canvas picture it shows, named by its content. The relay and every device compute it from the
 * same board, so they agree on whether an agreement is of the text as it reads now.
 */
export function agreedCopyText(report: Report, picture: ReportPictureIdentity | null): string {
  return renderMarkdown(report) + (picture ? reportPictureLine(picture) : '');
}

/**
 * The fingerprint agreements are given to: the agreed copy with its date left out, so the same
 * text agreed on Monday still counts as agreed on Tuesday, while any change of wording, evidence,
 * redaction, outcome or picture does not.
 */
export function hostCopyFingerprint(report: Report, picture: ReportPictureIdentity | null): string {
  return reportFingerprint(agreedCopyText({ ...report, date: '', generatedAt: 0 }, picture));
}
