import { describe, expect, it } from 'vitest';
import { openRound } from '../../src/voting/openRound';
import { voteRoundSchema, type VoteRound, type VoteRoundConfigInput } from '../../src/voting/voteRound';
import { boardCandidates, errorOf, facilitator, openedAt, roundWith } from './support/rounds';

describe('openRound', () => {
  it('freezes the options and resolves the defaults', () => {
    const round = roundWith();
    expect(round).toEqual({
      id: 'round-1',
      config: {
        scope: { kind: 'heading', headingId: 'h1' },
        lanes: ['strengths'],
        includeUnthemedCards: false,
        eligibleRoles: ['facilitator', 'reviewer'],
      },
      status: 'open',
      lanes: {
        strengths: {
          options: [
            { id: 's1', kind: 'theme', label: 'Reading culture', headingId: 'h1', lane: 'strengths' },
            { id: 's2', kind: 'theme', label: 'Feedback in books', headingId: 'h1', lane: 'strengths' },
            { id: 's3', kind: 'theme', label: 'Pupil talk', headingId: 'h1', lane: 'strengths' },
          ],
          budget: 1,
          capPerOption: 1,
        },
      },
      openedBy: facilitator.id,
      openedAt,
    });
  });

  it('gives both lanes separate ballots, each budgeted from its own options', () => {
    const round = roundWith({ scope: { kind: 'board' }, lanes: ['strengths', 'nextSteps'], includeUnthemedCards: true });
    expect(round.lanes.strengths?.options.map((option) => option.id)).toEqual(['s1', 's2', 's3', 's4', 'c1']);
    expect(round.lanes.strengths).toMatchObject({ budget: 2, capPerOption: 2 });
    expect(round.lanes.nextSteps?.options.map((option) => option.id)).toEqual(['n1', 'n2', 'n3', 'c2']);
    expect(round.lanes.nextSteps).toMatchObject({ budget: 1, capPerOption: 1 });
  });

  it("uses the facilitator's budget and cap for every lane", () => {
    const round = roundWith({ scope: { kind: 'board' }, lanes: ['strengths', 'nextSteps'], budget: 4, capPerOption: 3 });
    expect(round.lanes.strengths).toMatchObject({ budget: 4, capPerOption: 3 });
    expect(round.lanes.nextSteps).toMatchObject({ budget: 4, capPerOption: 3 });
  });

  it('keeps the chosen eligible roles, the host included', () => {
    expect(roundWith({ eligibleRoles: ['reviewer', 'host'] }).config.eligibleRoles).toEqual(['reviewer', 'host']);
  });

  it('produces a round that its schema accepts and that survives the JSON of the relay doc', () => {
    const round = roundWith({ lanes: ['strengths', 'nextSteps'] }, { rerunOf: 'round-0' });
    expect(round.rerunOf).toBe('round-0');
    expect(voteRoundSchema.parse(round)).toEqual(round);
    expect(JSON.parse(JSON.stringify(round))).toEqual(round);
  });

  it('refuses a lane with nothing to vote on, naming the lane', () => {
    const error = errorOf(
      openRound({
        id: 'r',
        config: { scope: { kind: 'heading', headingId: 'h2' }, lanes: ['strengths', 'nextSteps'] },
        candidates: boardCandidates.filter((candidate) => candidate.id !== 'n3'),
        openedBy: facilitator.id,
        now: openedAt,
      }),
    );
    expect(error).toEqual({ code: 'no_options', message: 'there are no next steps themes under this heading to vote on', lane: 'nextSteps' });
  });

  it('refuses a board with no themes at all', () => {
    const error = errorOf(
      openRound({
        id: 'r',
        config: { scope: { kind: 'board' }, lanes: ['strengths'], includeUnthemedCards: true },
        candidates: [],
        openedBy: 'f',
        now: 1,
      }),
    );
    expect(error.code).toBe('no_options');
    expect(error.message).toBe('there are no strengths themes or loose cards on the board to vote on');
  });

  it('refuses a second round while one is open, but not after it closed', () => {
    const open = roundWith();
    const closed: VoteRound = { ...open, status: 'closed', closedAt: openedAt + 1 };
    const input = { id: 'round-2', config: open.config, candidates: boardCandidates, openedBy: facilitator.id, now: openedAt + 2 };
    expect(errorOf(openRound({ ...input, rounds: [closed, open] })).code).toBe('round_already_open');
    expect(openRound({ ...input, rounds: [closed] }).ok).toBe(true);
  });

  it.each([
    ['no lanes', { lanes: [] }],
    ['a lane twice', { lanes: ['strengths', 'strengths'] }],
    ['a budget of 0', { budget: 0 }],
    ['a fractional cap', { capPerOption: 1.5 }],
    ['observers voting', { eligibleRoles: ['observer'] }],
    ['nobody voting', { eligibleRoles: [] }],
    ['a role twice', { eligibleRoles: ['reviewer', 'reviewer'] }],
    ['a scope without a heading', { scope: { kind: 'heading' } }],
  ])('refuses settings with %s', (_case, change) => {
    const error = errorOf(
      openRound({
        id: 'r',
        config: { scope: { kind: 'board' }, lanes: ['strengths'], ...change } as unknown as VoteRoundConfigInput,
        candidates: boardCandidates,
        openedBy: facilitator.id,
        now: openedAt,
      }),
    );
    expect(error.code).toBe('invalid_config');
    expect(error.message).toMatch(/^the vote settings are not valid: /);
  });
});
