import { truncateAtWord } from '../board/textTruncation';
import { laneIds, type LaneId } from '../templates/schema';
import type { VoteOption, VoteOptionKind, VoteRoundConfig } from './voteRound';

export const maxOptionLabelLength = 200;

/**
 * A theme, or a loose card, that could be voted on: the caller reads these off the board (themes by
 * title, cards by observation), leaving out reviewer-learning cards, which are never evidence.
 */
export interface VoteCandidate {
  id: string;
  kind: VoteOptionKind;
  label: string;
  headingId: string;
  lane: LaneId;
}

export type VoteOptionsByLane = Partial<Record<LaneId, VoteOption[]>>;

/**
 * The options of each lane the round votes on, in the order given (pass board order so the ballot
 * reads like the board). Candidates are filtered again by scope, lane and kind, so a caller that
 * passes the whole board still gets a round that matches its config. A repeated id keeps its first
 * entry. Card observations can be long: labels are cut at a word to fit a ballot line.
 */
export function buildOptions(
  candidates: readonly VoteCandidate[],
  config: Pick<VoteRoundConfig, 'scope' | 'lanes' | 'includeUnthemedCards'>,
): VoteOptionsByLane {
  const byLane: VoteOptionsByLane = {};
  for (const lane of laneIds) if (config.lanes.includes(lane)) byLane[lane] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const options = byLane[candidate.lane];
    if (!options || seen.has(candidate.id)) continue;
    if (config.scope.kind === 'heading' && candidate.headingId !== config.scope.headingId) continue;
    if (candidate.kind === 'card' && !config.includeUnthemedCards) continue;
    seen.add(candidate.id);
    options.push({
      id: candidate.id,
      kind: candidate.kind,
      label: truncateAtWord(candidate.label, maxOptionLabelLength) || candidate.id,
      headingId: candidate.headingId,
      lane: candidate.lane,
    });
  }
  return byLane;
}
