import { isoReportDate } from './reportDate';

export type ReportFormat = 'md' | 'docx';

const maxSlugLength = 60;

/** A title as ASCII letters, digits and hyphens, for a file name every system and mail client accepts. */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxSlugLength)
    .replace(/^-+|-+$/g, '');
  return slug || 'washup';
}

/** The (already redacted) title's slug, then the date, e.g. "riverside-academy-feedback-report-2025-11-22.docx". */
export function reportFileName(title: string, generatedAt: number, format: ReportFormat): string {
  return `${titleSlug(title)}-feedback-report-${isoReportDate(generatedAt)}.${format}`;
}
