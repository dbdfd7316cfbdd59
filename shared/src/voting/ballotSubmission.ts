import { z } from 'zod';
import { recordIdSchema } from '../board/records';
import { ballotAllocationsSchema, proxyVoterId, type Ballot } from './ballot';

/**
 * The body of `POST /api/boards/:id/ballots`. Who votes comes from the token, never from the body,
 * so a client can't cast in someone else's name; only a proxy names a person, and only the
 * facilitator may send one (`validateBallot` enforces it).
 */
export const ballotSubmissionSchema = z.object({
  roundId: recordIdSchema,
  allocations: ballotAllocationsSchema,
  onBehalfOf: z.object({ name: z.string().trim().min(1).max(80) }).optional(),
});
export type BallotSubmission = z.infer<typeof ballotSubmissionSchema>;

/** The person casting, as their token names them. */
export interface BallotCaster {
  id: string;
  name: string;
}

export function ballotFromSubmission(submission: BallotSubmission, caster: BallotCaster): Ballot {
  const { roundId, allocations, onBehalfOf } = submission;
  if (!onBehalfOf) return { roundId, voterId: caster.id, voterName: caster.name, proxied: false, allocations };
  const voterName = onBehalfOf.name.trim();
  return { roundId, voterId: proxyVoterId(voterName), voterName, proxied: true, proxiedBy: caster.id, allocations };
}
