import type { Outcome, Refusal, RefusalKind } from '@washup/shared/rules';
import { Refused } from './refused';

/** The value an accepted rule produced, or its refusal thrown as `Refused` of the kind its code has. */
export function acceptedOrThrow<T, Code extends string>(outcome: Outcome<T, Refusal<Code>>, kinds: Record<Code, RefusalKind>): T {
  if (outcome.ok) return outcome.value;
  throw new Refused(kinds[outcome.error.code], outcome.error.code, outcome.error.message);
}
