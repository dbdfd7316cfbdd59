import { z } from 'zod';
import type { SessionOutcome } from '../session/outcome';
import { accepted, refused } from '../session/verdicts';
import { pstbConfigSchema } from './pstbConfig';
import { pstbContractMs, splitPstbContract } from './pstbPlan';
import type { PstbState } from './pstbState';

/** A PSTB session in contracting: the team agrees the time contract before the clock starts. */
export function createPstb(config: unknown, now: number): SessionOutcome<PstbState> {
  const parsed = pstbConfigSchema.safeParse(config);
  if (!parsed.success) return refused('invalid_config', `the PSTB settings are not valid: ${z.prettifyError(parsed.error)}`);
  const contractMs = pstbContractMs(parsed.data.contractMinutes);
  return accepted({
    process: 'pstb',
    sessionId: parsed.data.sessionId,
    presenter: parsed.data.presenter,
    contractMs,
    plan: splitPstbContract(contractMs),
    phase: 'contracting',
    problem: '',
    timer: null,
    segmentStartedAt: now,
    overtime: false,
    history: [],
    shortlistIdeaIds: [],
    selectedIdeaIds: [],
    eliminatedIdeaIds: [],
    createdAt: now,
    startedAt: null,
    closedAt: null,
  });
}
