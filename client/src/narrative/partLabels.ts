import type { Heading, ReportTextPart } from '@washup/shared/board';

const fixedParts = {
  dates: 'dates of the review',
  team: 'review team',
  hostLeaders: 'host leaders',
  context: 'context',
  summary: 'overall summary',
} as const;

function isFixedPart(part: string): part is keyof typeof fixedParts {
  return Object.hasOwn(fixedParts, part);
}

/** What a part of the narrative is, in a sentence and on its buttons: "overall summary", "narrative for Leadership". */
export function narrativePartLabel(part: ReportTextPart, headings: readonly Pick<Heading, 'id' | 'title'>[]): string {
  if (isFixedPart(part)) return fixedParts[part];
  const headingId = part.slice('heading:'.length);
  const heading = headings.find((candidate) => candidate.id === headingId);
  return heading ? `narrative for ${heading.title}` : 'narrative of a heading';
}
