import { z } from 'zod';
import type { SessionOutcome } from '../session/outcome';
import { accepted, refused } from '../session/verdicts';
import { councilConfigSchema } from './councilConfig';
import type { CouncilState } from './councilState';

/** A Council session in contracting, untimed until the facilitator has explained the rules. The settings are checked here in full, wherever they came from. */
export function createCouncil(config: unknown, now: number): SessionOutcome<CouncilState> {
  const parsed = councilConfigSchema.safeParse(config);
  if (!parsed.success) return refused('invalid_config', `the Council settings are not valid: ${z.prettifyError(parsed.error)}`);
  const { sessionId, presenter, scribe, participants, turnMs, rounds, presenterThinkingMs, freshThinkingMs } = parsed.data;
  return accepted({
    process: 'council',
    sessionId,
    presenter,
    scribe,
    participants,
    settings: { turnMs, presenterThinkingMs, freshThinkingMs },
    rounds,
    round: 0,
    phase: 'contracting',
    question: '',
    current: null,
    timer: null,
    segmentStartedAt: now,
    turns: [],
    reflections: [],
    selectedIdeaIds: [],
    appreciations: [],
    createdAt: now,
    startedAt: null,
    closedAt: null,
  });
}
