import { expect } from 'vitest';
import type { FacilitationError, FacilitationOutcome } from '../../../src/facilitation/outcome';

export function unwrap<S>(outcome: FacilitationOutcome<S>): S {
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.state;
}

export function errorOf<S>(outcome: FacilitationOutcome<S>): FacilitationError {
  if (outcome.ok) throw new Error('expected a refusal, but the command was accepted');
  expect(Object.keys(outcome).sort()).toEqual(['error', 'ok']);
  return outcome.error;
}

export const seconds = (count: number) => count * 1_000;
export const minutes = (count: number) => count * 60_000;
