import { describe, expect, it } from 'vitest';
import { defaultBudget, resolveCapPerOption } from '../../src/voting/budget';

describe('defaultBudget', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [4, 1],
    [5, 2],
    [6, 2],
    [9, 3],
    [10, 3],
    [11, 4],
    [29, 10],
    [30, 10],
    [200, 10],
  ])('gives %i options a budget of %i: about a third, at least 1, at most 10', (options, budget) => {
    expect(defaultBudget(options)).toBe(budget);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses an option count of %d', (count) => {
    expect(() => defaultBudget(count)).toThrow(RangeError);
  });
});

describe('resolveCapPerOption', () => {
  it('defaults to 2 per option', () => {
    expect(resolveCapPerOption(undefined, 5)).toBe(2);
  });

  it('keeps an explicit cap', () => {
    expect(resolveCapPerOption(4, 5)).toBe(4);
  });

  it('never exceeds the budget, where it could not bind anyway', () => {
    expect(resolveCapPerOption(undefined, 1)).toBe(1);
    expect(resolveCapPerOption(6, 3)).toBe(3);
  });
});
