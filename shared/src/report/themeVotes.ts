import { laneIds } from '../templates/schema';
import type { PublicVoteRound, VotesState } from '../voting/votesState';

function revealedOrder(a: { entry: PublicVoteRound; index: number }, b: { entry: PublicVoteRound; index: number }): number {
  return (a.entry.round.revealedAt ?? 0) - (b.entry.round.revealedAt ?? 0) || a.index - b.index;
}

/**
 * Each theme's votes from the latest revealed round that offered it as an option. A re-run
 * replaces an earlier count rather than adding to it: the team voted again because the first
 * result no longer stood. Rounds not yet revealed count for nothing, so secret ballots stay secret.
 */
export function revealedThemeVotes(votes: VotesState | null | undefined): Map<string, number> {
  const revealed = (votes?.rounds ?? [])
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.round.status === 'revealed' && entry.tally !== null)
    .sort(revealedOrder);
  const byTheme = new Map<string, number>();
  for (const { entry } of revealed) {
    for (const lane of laneIds) {
      for (const result of entry.tally?.lanes[lane]?.ranked ?? []) {
        if (result.kind === 'theme') byTheme.set(result.optionId, result.votes);
      }
    }
  }
  return byTheme;
}
