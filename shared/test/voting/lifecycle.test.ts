import { describe, expect, it } from 'vitest';
import { closeRound } from '../../src/voting/closeRound';
import { openRound } from '../../src/voting/openRound';
import { revealRound } from '../../src/voting/revealRound';
import { validateBallot } from '../../src/voting/validateBallot';
import { voteRoundSchema } from '../../src/voting/voteRound';
import { ballotFor, boardCandidates, errorOf, facilitator, openedAt, reviewer, roundWith, unwrap } from './support/rounds';

describe('a round from open to revealed', () => {
  const open = roundWith({ budget: 2 });
  const ballots = [ballotFor(open, 'v1', { strengths: { s1: 2 } }), ballotFor(open, 'v2', { strengths: { s2: 1, s1: 1 } })];

  const byLead = { kind: 'person', participantId: facilitator.id } as const;

  it('closes, stamping the time and who closed it', () => {
    const closed = unwrap(closeRound(open, openedAt + 60_000, byLead));
    expect(closed).toEqual({ ...open, status: 'closed', closedAt: openedAt + 60_000, closedBy: byLead });
    expect(voteRoundSchema.parse(closed)).toEqual(closed);
  });

  it('closes at the end of its timebox, recorded as the timebox and not a person', () => {
    const closed = unwrap(closeRound(open, openedAt + 120_000, { kind: 'timebox', timeboxId: 'box-1' }));
    expect(closed).toMatchObject({ status: 'closed', closedAt: openedAt + 120_000, closedBy: { kind: 'timebox', timeboxId: 'box-1' } });
    expect(voteRoundSchema.parse(closed)).toEqual(closed);
  });

  it('reads rounds closed before the closer was kept', () => {
    const { closedBy: _dropped, ...older } = unwrap(closeRound(open, openedAt + 1, byLead));
    expect(voteRoundSchema.parse(older).closedBy).toBeUndefined();
  });

  it('takes no ballot once closed', () => {
    const closed = unwrap(closeRound(open, openedAt + 1, byLead));
    expect(errorOf(validateBallot(closed, ballotFor(closed, reviewer.id, {}), reviewer)).code).toBe('round_not_open');
  });

  it('refuses to close twice', () => {
    const closed = unwrap(closeRound(open, openedAt + 1, byLead));
    expect(errorOf(closeRound(closed, openedAt + 2, { kind: 'timebox', timeboxId: 'box-1' }))).toEqual({ code: 'round_not_open', message: 'this vote is already closed' });
  });

  it('reveals a closed round with its tallies', () => {
    const closed = unwrap(closeRound(open, openedAt + 1, byLead));
    const { round, tally } = unwrap(revealRound(closed, ballots, openedAt + 2));
    expect(round).toEqual({ ...closed, status: 'revealed', revealedAt: openedAt + 2 });
    expect(tally.lanes.strengths?.ranked.map((entry) => [entry.optionId, entry.votes])).toEqual([
      ['s1', 3],
      ['s2', 1],
      ['s3', 0],
    ]);
  });

  it('refuses to reveal an open round, or one already revealed', () => {
    expect(errorOf(revealRound(open, ballots, openedAt + 1))).toEqual({ code: 'round_not_closed', message: 'close the vote before revealing it' });
    const revealed = unwrap(revealRound(unwrap(closeRound(open, openedAt + 1, byLead)), ballots, openedAt + 2)).round;
    expect(errorOf(revealRound(revealed, [], openedAt + 3)).message).toBe('this vote has already been revealed');
  });

  it('re-runs with fresh options while the earlier round stays in history', () => {
    const revealed = unwrap(revealRound(unwrap(closeRound(open, openedAt + 1, byLead)), ballots, openedAt + 2)).round;
    const merged = boardCandidates.filter((candidate) => candidate.id !== 's3');
    const rerun = unwrap(
      openRound({
        id: 'round-2',
        config: revealed.config,
        candidates: merged,
        openedBy: facilitator.id,
        now: openedAt + 3,
        rounds: [revealed],
        rerunOf: revealed.id,
      }),
    );
    expect(rerun.status).toBe('open');
    expect(rerun.rerunOf).toBe('round-1');
    expect(rerun.lanes.strengths?.options.map((option) => option.id)).toEqual(['s1', 's2']);
    expect(revealed.lanes.strengths?.options.map((option) => option.id)).toEqual(['s1', 's2', 's3']);
  });
});
