import type { Triangulation } from '../board/triangulation';
import { laneIds, type LaneId } from '../templates/schema';
import type { LaneTally, RevealedTally, TallyEntry } from './tally';

/** How well an option is evidenced; the caller derives it from the option's cards. */
export interface OptionEvidence {
  distinctSources: number;
  singleSource: boolean;
}

/** From this many distinct sources, a theme counts as well triangulated. */
export const wellTriangulatedSources = 3;

/**
 * Distinct sources: the larger of distinct activity types and distinct stakeholder groups, the two
 * ways a finding is seen independently (three reviewers on one learning walk saw one thing). It
 * never contradicts `singleSource`: what `triangulate` calls single source counts as one source
 * (none without cards), however many groups were heard in it.
 */
export function optionEvidence(triangulation: Triangulation): OptionEvidence {
  const { singleSource, cardCount, activities, stakeholders } = triangulation;
  const distinctSources = singleSource ? Math.min(1, cardCount) : Math.max(activities.length, stakeholders.length);
  return { distinctSources, singleSource };
}

export interface EvidenceFlag extends TallyEntry, OptionEvidence {
  lane: LaneId;
}

export interface VotesVersusEvidence {
  /** In the top third by votes, yet resting on a single source: check before reporting it. */
  popularButThin: EvidenceFlag[];
  /** Well triangulated, yet with no votes or in the bottom third: a finding the vote may have missed. */
  wellEvidencedButUnvoted: EvidenceFlag[];
}

/**
 * The vote bands of one ballot. With n options and k = ceil(n / 3): "top third" is any option with
 * at least one vote and at least as many as the k-th most voted; "few votes" is none at all, or at
 * most as many as the k-th least voted while fewer than the top band. Ties at a boundary fall
 * inside the band, and when every option has the same positive count nothing is "few".
 */
function bands(tally: LaneTally): { top: number; bottom: number } {
  const votes = tally.ranked.map((entry) => entry.votes);
  const k = Math.ceil(votes.length / 3);
  return { top: votes[k - 1] ?? 0, bottom: votes[votes.length - k] ?? 0 };
}

/**
 * Votes measure priority, not evidence: this puts the two side by side, per ballot, so the team
 * sees a popular theme that rests on one observation and a well-triangulated one nobody chose.
 * Options missing from `evidence` are not flagged. Lists follow lane order, then rank.
 */
export function votesVersusEvidence(tally: RevealedTally, evidence: ReadonlyMap<string, OptionEvidence>): VotesVersusEvidence {
  const result: VotesVersusEvidence = { popularButThin: [], wellEvidencedButUnvoted: [] };
  for (const lane of laneIds) {
    const laneTally = tally.lanes[lane];
    if (!laneTally) continue;
    const { top, bottom } = bands(laneTally);
    for (const entry of laneTally.ranked) {
      const found = evidence.get(entry.optionId);
      if (!found) continue;
      const flag: EvidenceFlag = { ...entry, lane, distinctSources: found.distinctSources, singleSource: found.singleSource };
      const popular = entry.votes > 0 && entry.votes >= top;
      const few = entry.votes === 0 || (entry.votes <= bottom && entry.votes < top);
      if (popular && found.singleSource) result.popularButThin.push(flag);
      if (few && found.distinctSources >= wellTriangulatedSources) result.wellEvidencedButUnvoted.push(flag);
    }
  }
  return result;
}
