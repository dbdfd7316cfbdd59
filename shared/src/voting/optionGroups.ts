import type { VoteOption } from './voteRound';

export interface HeadingOptions {
  headingId: string;
  options: VoteOption[];
}

/**
 * One ballot's options split by the heading they sit under, headings and options in the order the
 * round froze them (board order), so a ballot reads like the board it came from.
 */
export function optionsByHeading(options: readonly VoteOption[]): HeadingOptions[] {
  const groups = new Map<string, HeadingOptions>();
  for (const option of options) {
    const group = groups.get(option.headingId);
    if (group) group.options.push(option);
    else groups.set(option.headingId, { headingId: option.headingId, options: [option] });
  }
  return [...groups.values()];
}
