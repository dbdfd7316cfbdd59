import { describe, expect, it } from 'vitest';
import { expectedVoters } from '../../src/voting/turnout';

describe('expectedVoters', () => {
  const present = [
    { participantId: 'lead', role: 'facilitator' as const },
    { participantId: 'ana', role: 'reviewer' as const },
    { participantId: 'ben', role: 'reviewer' as const },
    { participantId: 'ben', role: 'reviewer' as const }, // Ben on a second device
    { participantId: 'hal', role: 'host' as const },
    { participantId: 'obi', role: 'observer' as const },
  ];

  it('counts each eligible person here once, plus the people voted for by proxy', () => {
    expect(expectedVoters(present, ['facilitator', 'reviewer'], 0, 0)).toBe(3);
    expect(expectedVoters(present, ['facilitator', 'reviewer', 'host'], 1, 2)).toBe(5);
    expect(expectedVoters(present, ['reviewer'], 0, 0)).toBe(2);
  });

  it('is never below the number who have voted', () => {
    expect(expectedVoters(present.slice(0, 1), ['facilitator', 'reviewer'], 0, 3)).toBe(3);
  });
});
