import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pstbContractLabel, pstbContractMs, pstbContractPresetsMinutes, pstbStepWeights, pstbSteps, splitPstbContract } from '../../src/pstb/pstbPlan';
import { minutes, seconds } from '../council/support/outcomes';

const total = (plan: Record<string, number>) => Object.values(plan).reduce((sum, ms) => sum + ms, 0);

describe('splitting the time contract', () => {
  it("gives the method's 5 · 8 · 2 · 7 · 3 · 5 minutes for 30 minutes", () => {
    expect(splitPstbContract(minutes(30))).toEqual({
      problem: minutes(5),
      ideas: minutes(8),
      selection: minutes(2),
      benefits: minutes(7),
      concerns: minutes(3),
      actions: minutes(5),
    });
  });

  it('scales 20 and 45 minutes in proportion', () => {
    expect(pstbContractPresetsMinutes).toEqual([20, 30, 45]);
    expect(Object.values(splitPstbContract(minutes(20)))).toEqual([200, 320, 80, 280, 120, 200].map(seconds));
    expect(Object.values(splitPstbContract(minutes(45)))).toEqual([450, 720, 180, 630, 270, 450].map(seconds));
  });

  it('rounds a custom contract to whole seconds that add up exactly', () => {
    const contract = pstbContractMs(7.3);
    expect(contract).toBe(seconds(438));
    const plan = splitPstbContract(contract);
    // Exact shares 73, 116.8, 29.2, 102.2, 43.8, 73: the three largest fractions round up.
    expect(Object.values(plan)).toEqual([73, 117, 29, 102, 44, 73].map(seconds));
    expect(total(plan)).toBe(contract);
  });

  it('adds up to any contract, each step within a second of its exact share', () => {
    const weightSum = pstbSteps.reduce((sum, step) => sum + pstbStepWeights[step], 0);
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 7_200 }), (totalSeconds) => {
        const plan = splitPstbContract(seconds(totalSeconds));
        expect(total(plan)).toBe(seconds(totalSeconds));
        for (const step of pstbSteps) {
          expect(plan[step] % 1_000).toBe(0);
          expect(Math.abs(plan[step] - (seconds(totalSeconds) * pstbStepWeights[step]) / weightSum)).toBeLessThan(1_000);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('naming a contract', () => {
  it('says whole minutes as the team agreed them, and a custom contract to the second', () => {
    expect(pstbContractLabel(minutes(30))).toBe('30-minute contract');
    expect(pstbContractLabel(pstbContractMs(7.5))).toBe('7 min 30 s contract');
  });
});
