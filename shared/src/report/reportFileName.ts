import { isoReportDate } from './reportDate';

export type ReportFormat = 'md' | 'docx';

const maxSlugLength = 60;

/**
 * A file name every system and mail client accepts: ASCII letters, digits and hyphens from the
 * (already redacted) title, then the date, e.g. "riverside-academy-feedback-report-2025-11-22.docx".
 */
export function reportFileName(title: string, generatedAt: number, format: ReportFormat): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxSlugLength)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'washup'}-feedback-report-${isoReportDate(generatedAt)}.${format}`;
}
