import { z } from 'zod';
import { laneIds } from '../templates/schema';
import { defaultBudget, resolveCapPerOption } from './budget';
import { buildOptions, type VoteCandidate } from './buildOptions';
import { voteAccepted, voteRefused, type VoteOutcome } from './voteOutcome';
import { voteRoundConfigSchema, type VoteLane, type VoteRound, type VoteRoundConfigInput } from './voteRound';

export interface OpenRoundInput {
  /** A fresh id (`newId()`); passed in so the rule stays pure and testable. */
  id: string;
  config: VoteRoundConfigInput;
  /** The board's themes and loose cards now; see `buildOptions`. */
  candidates: readonly VoteCandidate[];
  /** Participant id of the facilitator opening it. */
  openedBy: string;
  now: number;
  /** The board's earlier rounds, to refuse a second open round. */
  rounds?: readonly VoteRound[];
  /** Set when re-running an earlier round; the options are rebuilt from the board as it is now. */
  rerunOf?: string;
}

const laneNames = { strengths: 'strengths', nextSteps: 'next steps' } as const;

/**
 * Opens a round with its options frozen: what the voters see can't shift under them while they
 * vote. One round at a time, because two open ballots at once split the room's attention and
 * make "how many have voted" ambiguous.
 */
export function openRound(input: OpenRoundInput): VoteOutcome<VoteRound> {
  const parsed = voteRoundConfigSchema.safeParse(input.config);
  if (!parsed.success) return voteRefused('invalid_config', `the vote settings are not valid: ${z.prettifyError(parsed.error)}`);
  const config = parsed.data;

  const open = input.rounds?.find((round) => round.status === 'open');
  if (open) return voteRefused('round_already_open', 'another vote is still open; close it before opening a new one');

  const optionsByLane = buildOptions(input.candidates, config);
  const lanes: VoteRound['lanes'] = {};
  for (const lane of laneIds) {
    const options = optionsByLane[lane];
    if (!options) continue;
    if (options.length === 0) {
      const where = config.scope.kind === 'heading' ? 'under this heading' : 'on the board';
      const what = config.includeUnthemedCards ? 'themes or loose cards' : 'themes';
      return voteRefused('no_options', `there are no ${laneNames[lane]} ${what} ${where} to vote on`, { lane });
    }
    const budget = config.budget ?? defaultBudget(options.length);
    const spec: VoteLane = { options, budget, capPerOption: resolveCapPerOption(config.capPerOption, budget) };
    lanes[lane] = spec;
  }

  const round: VoteRound = { id: input.id, config, status: 'open', lanes, openedBy: input.openedBy, openedAt: input.now };
  if (input.rerunOf !== undefined) round.rerunOf = input.rerunOf;
  return voteAccepted(round);
}
