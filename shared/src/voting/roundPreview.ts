import { laneIds, type LaneId } from '../templates/schema';
import { defaultBudget, resolveCapPerOption } from './budget';
import { buildOptions, type VoteCandidate } from './buildOptions';
import type { VoteRoundConfigInput } from './voteRound';

/** What one ballot of a round would look like if it opened now. */
export interface LanePreview {
  optionCount: number;
  /** Zero when the lane has nothing to vote on (opening would be refused). */
  budget: number;
  capPerOption: number;
}

/**
 * The ballots a round would have if the facilitator opened it on the board as it is now, so the
 * form can show the automatic budget ("about a third of the options") as a number before anyone
 * commits, and warn about an empty lane. Uses the same rules as `openRound`, so the preview and
 * the opened round agree.
 */
export function previewRound(
  candidates: readonly VoteCandidate[],
  config: Pick<VoteRoundConfigInput, 'scope' | 'lanes' | 'includeUnthemedCards' | 'budget' | 'capPerOption'>,
): Partial<Record<LaneId, LanePreview>> {
  const byLane = buildOptions(candidates, { ...config, includeUnthemedCards: config.includeUnthemedCards ?? false });
  const preview: Partial<Record<LaneId, LanePreview>> = {};
  for (const lane of laneIds) {
    const options = byLane[lane];
    if (!options) continue;
    if (options.length === 0) {
      preview[lane] = { optionCount: 0, budget: 0, capPerOption: 0 };
      continue;
    }
    const budget = config.budget ?? defaultBudget(options.length);
    preview[lane] = { optionCount: options.length, budget, capPerOption: resolveCapPerOption(config.capPerOption, budget) };
  }
  return preview;
}
