import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proxyVoterId, voterPersonKey } from '../../src/voting/ballot';
import { countedBallots, type BoardMember } from '../../src/voting/countedBallots';
import { tallyBallots } from '../../src/voting/tally';
import { ballotFor, roundWith } from './support/rounds';

const round = roundWith({ budget: 3 });
const member = (id: string, name: string, removed = false): BoardMember => ({ id, name, removed });
const vote = (voterId: string, optionId: string, castAt: number) => ({ ballot: ballotFor(round, voterId, { strengths: { [optionId]: 1 } }), castAt });
const proxy = (name: string, by: string, optionId: string, castAt: number) => ({
  ballot: ballotFor(round, proxyVoterId(name), { strengths: { [optionId]: 1 } }, { proxied: true, proxiedBy: by, voterName: name }),
  castAt,
});

describe('countedBallots', () => {
  it('counts one ballot, the last cast, for one link joined five times under one name', () => {
    const joins = ['a', 'b', 'c', 'd', 'e'].map((id) => member(id, 'Mallory'));
    const cast = joins.map((join, at) => vote(join.id, 's1', 100 + at));
    const counted = countedBallots(cast, joins);
    expect(counted.map((ballot) => ballot.voterId)).toEqual(['e']);
    expect(tallyBallots(round, counted).lanes.strengths?.ranked.find((entry) => entry.optionId === 's1')?.votes).toBe(1);
  });

  it('treats names that differ only in case, spacing, width or invisible characters as one person', () => {
    const names = ['Sam Patel', ' sam   PATEL ', 'Ｓａｍ Ｐａｔｅｌ', 'Sam\u200b Pa\u00adtel'];
    expect(new Set(names.map(voterPersonKey)).size).toBe(1);
    const joins = names.map((name, at) => member(`p${at}`, name));
    expect(countedBallots(joins.map((join, at) => vote(join.id, 's2', at)), joins)).toHaveLength(1);
  });

  it('keeps different people apart', () => {
    const people = [member('p1', 'Sam'), member('p2', 'Kim')];
    expect(countedBallots([vote('p1', 's1', 1), vote('p2', 's1', 2)], people)).toHaveLength(2);
  });

  it('drops the ballot of someone removed from the board, and of a voter the board does not know', () => {
    const people = [member('p1', 'Sam'), member('p2', 'Kim', true)];
    const counted = countedBallots([vote('p1', 's1', 1), vote('p2', 's2', 2), vote('stranger', 's3', 3)], people);
    expect(counted.map((ballot) => ballot.voterId)).toEqual(['p1']);
  });

  it('drops proxies cast by someone since removed, and keeps those of a facilitator still here', () => {
    const people = [member('lead', 'Lead'), member('fake', 'Fake lead', true)];
    const counted = countedBallots([proxy('Jo', 'lead', 's1', 1), proxy('Al', 'fake', 's2', 2)], people);
    expect(counted.map((ballot) => ballot.voterName)).toEqual(['Jo']);
  });

  it("lets a person's own ballot replace the proxy cast for them, whichever came first", () => {
    const people = [member('lead', 'Lead'), member('jo', 'Jo')];
    const own = vote('jo', 's2', 1);
    expect(countedBallots([own, proxy('jo', 'lead', 's1', 2)], people)).toEqual([own.ballot]);
    expect(countedBallots([proxy('JO', 'lead', 's1', 0), own], people)).toEqual([own.ballot]);
  });

  it('does not depend on the order ballots are listed in', () => {
    const joins = [member('x', 'Ana'), member('y', 'ana'), member('z', 'Ben')];
    const cast = [vote('x', 's1', 5), vote('y', 's2', 5), vote('z', 's3', 1)];
    const forwards = countedBallots(cast, joins);
    expect(countedBallots([...cast].reverse(), joins)).toEqual(expect.arrayContaining(forwards));
    expect(forwards.map((ballot) => ballot.voterId).sort()).toEqual(['x', 'z']);
  });
});

describe('countedBallots, for any joins and ballots', () => {
  const names = ['Sam', 'sam', 'Ｓａｍ', 'Kim', 'Ana', 'ana '];
  const scenario = fc.record({
    members: fc.array(fc.record({ name: fc.constantFrom(...names), removed: fc.boolean() }), { minLength: 1, maxLength: 8 }),
    ballots: fc.array(fc.record({ voter: fc.nat({ max: 9 }), castAt: fc.nat({ max: 5 }) }), { maxLength: 20 }),
  }).chain((drawn) =>
    fc.shuffledSubarray([...drawn.ballots.keys()], { minLength: drawn.ballots.length }).map((order) => ({ ...drawn, order })),
  );

  it('counts at most one ballot per person, only from people still on the board, whatever the order', () => {
    fc.assert(
      fc.property(scenario, ({ members, ballots, order }) => {
        const joined = members.map((person, at) => member(`p${at}`, person.name, person.removed));
        const cast = ballots.map(({ voter, castAt }) => vote(`p${voter}`, 's1', castAt));
        const counted = countedBallots(cast, joined);
        const personOf = (voterId: string) => joined.find((person) => person.id === voterId);
        expect(counted.every((ballot) => personOf(ballot.voterId)?.removed === false)).toBe(true);
        const people = counted.map((ballot) => voterPersonKey(personOf(ballot.voterId)!.name));
        expect(new Set(people).size).toBe(counted.length);
        const shuffled = order.map((at) => cast[at]!);
        expect(countedBallots(shuffled, joined)).toEqual(expect.arrayContaining(counted));
        expect(countedBallots(shuffled, joined)).toHaveLength(counted.length);
      }),
    );
  });
});
