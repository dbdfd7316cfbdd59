import { describe, expect, it } from 'vitest';
import type { ReportCouncilRecord, ReportPstbRecord } from '../../src/report/reportModel';
import { sessionRecordLabel } from '../../src/report/sessionRecordLabel';
import { minutes, seconds } from '../council/support/outcomes';

const council: ReportCouncilRecord = {
  process: 'council',
  underWayAt: null,
  rounds: 3,
  participants: 4,
  speakers: 4,
  speakingMs: minutes(12) + seconds(30),
  passes: 2,
  ideas: 14,
  ideasByRound: [5, 6, 3],
  chosen: 2,
};

const pstb: ReportPstbRecord = {
  process: 'pstb',
  underWayAt: null,
  contractMs: minutes(30),
  usedMs: minutes(32),
  shortlisted: 4,
  ideas: 9,
  chosen: 2,
  dropped: 0,
  actions: 5,
};

describe('sessionRecordLabel', () => {
  it('words a closed Council session in counts', () => {
    expect(sessionRecordLabel(council)).toBe('3 rounds; 4 participants spoke for 12 min 30 s in all; 14 ideas offered (5, 6, 3 by round); 2 passes; the host chose 2.');
  });

  it('says how many of the circle spoke when some only passed, and gives no split for a single round', () => {
    const oneRound = { ...council, rounds: 1, speakers: 3, speakingMs: seconds(45), passes: 1, ideas: 1, ideasByRound: [1], chosen: 1 };
    expect(sessionRecordLabel(oneRound)).toBe('1 round; 3 of 4 participants spoke for 45 s in all; 1 idea offered; 1 pass; the host chose 1.');
  });

  it('words a closed PSTB session: the contract against the time taken, the shortlist and the actions', () => {
    expect(sessionRecordLabel(pstb)).toBe('30-minute contract, ran 32 min; 9 ideas offered; the host chose 2 of a shortlist of 4; 5 actions.');
  });

  it('says when the host dropped ideas after critical concerns, and times a custom contract to the second', () => {
    const custom = { ...pstb, contractMs: minutes(7) + seconds(30), usedMs: minutes(7) + seconds(5), shortlisted: 0, chosen: 3, dropped: 2, actions: 1 };
    expect(sessionRecordLabel(custom)).toBe('7 min 30 s contract, ran 7 min 5 s; 9 ideas offered; the host chose 3, then dropped 2 after critical concerns; 1 action.');
    expect(sessionRecordLabel({ ...custom, dropped: 1 })).toContain('the host chose 3, then dropped 1 after a critical concern;');
  });

  it('says a session not yet closed is still under way, and where it stands, before its figures so far', () => {
    expect(sessionRecordLabel({ ...council, underWayAt: 'appreciations' })).toBe(
      'Still under way, now at appreciations. So far: 3 rounds; 4 participants spoke for 12 min 30 s in all; 14 ideas offered (5, 6, 3 by round); 2 passes; the host chose 2.',
    );
    expect(sessionRecordLabel({ ...pstb, underWayAt: 'action planning', usedMs: minutes(26), actions: 0 })).toBe(
      'Still under way, now at action planning. So far: 30-minute contract, ran 26 min; 9 ideas offered; the host chose 2 of a shortlist of 4; 0 actions.',
    );
  });
});
