import { expect } from 'vitest';
import type { SessionError, SessionOutcome } from '../../../src/session/outcome';

export function unwrap<S>(outcome: SessionOutcome<S>): S {
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value;
}

export function errorOf<S>(outcome: SessionOutcome<S>): SessionError {
  if (outcome.ok) throw new Error('expected a refusal, but the command was accepted');
  expect(Object.keys(outcome).sort()).toEqual(['error', 'ok']);
  return outcome.error;
}

export const seconds = (count: number) => count * 1_000;
export const minutes = (count: number) => count * 60_000;
