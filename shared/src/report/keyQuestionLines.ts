import type { CoverageMap } from '../board/coverage';
import type { Heading } from '../board/records';
import type { HostPartnerState } from '../hostPartner/hostPartnerState';
import { keyQuestionAgreementOf } from '../hostPartner/themeAgreement';
import { reportDate } from './reportDate';
import type { ReportKeyQuestion } from './reportModel';

/**
 * The key questions with how much evidence answers each, straight from the coverage map, so the
 * report and the board's coverage view count the same cards. Headings follow the report's order.
 */
export function keyQuestionLines(coverage: CoverageMap, headings: readonly Heading[], hostPartner?: HostPartnerState | null): ReportKeyQuestion[] {
  const lines: ReportKeyQuestion[] = [];
  for (const row of coverage.rows) {
    if (!row.keyQuestion) continue;
    const hostAgreed = keyQuestionAgreementOf(hostPartner, row.keyQuestion.id);
    lines.push({
      keyQuestionId: row.keyQuestion.id,
      number: lines.length + 1,
      text: row.keyQuestion.text,
      agreed: row.keyQuestion.status === 'agreed',
      hostAgreed: hostAgreed && { by: hostAgreed.by, date: reportDate(hostAgreed.at) },
      cards: row.cards,
      activities: Object.values(row.byActivity).filter((count) => count > 0).length,
      byHeading: headings.map((heading) => ({ headingId: heading.id, title: heading.title, cards: row.byHeading[heading.id] ?? 0 })),
    });
  }
  return lines;
}
