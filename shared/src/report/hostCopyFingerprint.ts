import { reportFingerprint } from '../reportFlow/reportFingerprint';
import type { Report } from './reportModel';
import { renderMarkdown } from './renderMarkdown';

/**
 * The fingerprint agreements are given to: the host's copy in Markdown with its date left out, so
 * the same text agreed on Monday still counts as agreed on Tuesday, while any change of wording,
 * evidence, redaction or outcome does not.
 */
export function hostCopyFingerprint(report: Report): string {
  return reportFingerprint(renderMarkdown({ ...report, date: '', generatedAt: 0 }));
}
