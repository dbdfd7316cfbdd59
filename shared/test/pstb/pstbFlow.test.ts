import { describe, expect, it } from 'vitest';
import { applyPstbCommand } from '../../src/pstb/applyPstbCommand';
import { createPstb } from '../../src/pstb/createPstb';
import { pstbCommandSchema } from '../../src/pstb/pstbCommands';
import { pstbRemainingMs } from '../../src/pstb/pstbSelectors';
import { pstbStateSchema } from '../../src/pstb/pstbState';
import { tickPstb } from '../../src/pstb/tickPstb';
import { errorOf, minutes, seconds } from '../council/support/outcomes';
import { deepFreeze, throughJson } from '../council/support/purity';
import { act, advancedTo, facilitator, newPstb, observer, presenter, reviewer, t0 } from './support/pstbFixtures';

describe('createPstb', () => {
  it('starts in contracting with a 30-minute contract by default', () => {
    const state = newPstb();
    expect(state).toMatchObject({ process: 'pstb', phase: 'contracting', contractMs: minutes(30), timer: null, startedAt: null });
    expect(pstbStateSchema.parse(state)).toStrictEqual(state);
    expect(throughJson(state)).toStrictEqual(state);
  });

  it.each([
    ['too short a contract', { contractMinutes: 4 }],
    ['too long a contract', { contractMinutes: 121 }],
    ['no owner', { presenter: { id: '', name: '' } }],
  ])('refuses %s', (_, overrides) => {
    expect(errorOf(createPstb({ sessionId: 'pstb-1', presenter: { id: 'host', name: 'Hana' }, ...overrides }, t0)).code).toBe('invalid_config');
  });
});

describe('the time contract', () => {
  it('can be changed before the start only, re-splitting every step', () => {
    const state = act(newPstb(), { type: 'pstb.setContract', contractMinutes: 45 }, t0);
    expect(state.contractMs).toBe(minutes(45));
    expect(state.plan.ideas).toBe(minutes(12));
    const started = advancedTo('problem', state);
    expect(errorOf(applyPstbCommand(started, { type: 'pstb.setContract', contractMinutes: 20 }, facilitator, t0)).code).toBe('wrong_phase');
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.setContract', contractMinutes: 20 }, presenter, t0)).code).toBe('not_allowed');
  });
});

describe('the steps', () => {
  it('start with the problem statement timed to its share of the contract', () => {
    const state = act(newPstb(), { type: 'pstb.advance', from: 'contracting' }, t0);
    expect(state).toMatchObject({ phase: 'problem', startedAt: t0, timer: { startedAt: t0, durationMs: minutes(5), elapsedBeforePauseMs: 0 } });
  });

  it('move on by the facilitator, recording the time each took', () => {
    let state = act(newPstb(), { type: 'pstb.advance', from: 'contracting' }, t0);
    state = act(state, { type: 'pstb.advance', from: 'problem' }, t0 + minutes(4));
    expect(state.phase).toBe('ideas');
    expect(state.history).toEqual([{ step: 'problem', startedAt: t0, endedAt: t0 + minutes(4), allowedMs: minutes(5), usedMs: minutes(4), endedBy: 'advance' }]);
  });

  it('move on by themselves when time runs out, each from the moment the last ran out', () => {
    const state = act(newPstb(), { type: 'pstb.advance', from: 'contracting' }, t0);
    const late = tickPstb(state, t0 + minutes(14));
    expect(late.history.map((record) => [record.step, record.endedAt - t0, record.endedBy])).toEqual([
      ['problem', minutes(5), 'timeout'],
      ['ideas', minutes(13), 'timeout'],
    ]);
    expect(late).toMatchObject({ phase: 'selection', segmentStartedAt: t0 + minutes(13) });
    expect(tickPstb(late, t0 + minutes(14))).toBe(late);
  });

  it('hold selection in overtime when nothing is chosen, until the facilitator moves on', () => {
    const started = act(newPstb(), { type: 'pstb.advance', from: 'contracting' }, t0);
    let state = tickPstb(started, t0 + minutes(20));
    expect(state).toMatchObject({ phase: 'selection', overtime: true });
    expect(pstbRemainingMs(state, t0 + minutes(20))).toBe(0);
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.advance', from: 'selection' }, facilitator, t0 + minutes(20)))).toEqual({
      code: 'selection_empty',
      message: 'the owner has not chosen an idea to take forward yet',
    });
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.takeMinute' }, facilitator, t0 + minutes(20))).code).toBe('no_time_left');
    state = act(state, { type: 'pstb.selectIdea', ideaId: 'idea-1' }, t0 + minutes(21), presenter);
    expect(tickPstb(state, t0 + minutes(40)).phase).toBe('selection');
    state = act(state, { type: 'pstb.advance', from: 'selection' }, t0 + minutes(22));
    expect(state.history.at(-1)).toMatchObject({ step: 'selection', usedMs: minutes(22 - 13), allowedMs: minutes(2), endedBy: 'advance' });
    expect(state).toMatchObject({ phase: 'benefits', overtime: false });
  });

  it('give selection a fresh minute in overtime when the facilitator adds one', () => {
    const started = act(newPstb(), { type: 'pstb.advance', from: 'contracting' }, t0);
    let state = act(tickPstb(started, t0 + minutes(20)), { type: 'pstb.addMinute' }, t0 + minutes(20));
    expect(state.overtime).toBe(false);
    expect(pstbRemainingMs(state, t0 + minutes(20))).toBe(minutes(1));
    state = act(state, { type: 'pstb.selectIdea', ideaId: 'idea-1' }, t0 + minutes(20) + seconds(30), presenter);
    state = tickPstb(state, t0 + minutes(21) + seconds(1));
    expect(state).toMatchObject({ phase: 'benefits', segmentStartedAt: t0 + minutes(21) });
  });

  it('close when action planning runs out, and refuse everything after', () => {
    const actions = advancedTo('actions');
    const closed = tickPstb(actions, t0 + minutes(6));
    expect(closed).toMatchObject({ phase: 'closed', closedAt: t0 + minutes(5), timer: null });
    expect(errorOf(applyPstbCommand(closed, { type: 'pstb.advance', from: 'closed' }, facilitator, t0 + minutes(7))).message).toBe('the session is over');
    expect(errorOf(applyPstbCommand(closed, { type: 'pstb.pause' }, facilitator, t0 + minutes(7))).code).toBe('no_timer');
  });

  it('refuse a stale advance and anyone but the facilitator moving on', () => {
    const state = advancedTo('ideas');
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.advance', from: 'problem' }, facilitator, t0)).code).toBe('wrong_phase');
    for (const actor of [presenter, reviewer, observer]) {
      expect(errorOf(applyPstbCommand(state, { type: 'pstb.advance', from: 'ideas' }, actor, t0)).code).toBe('not_allowed');
    }
  });
});

describe('the clock', () => {
  it('pauses, resumes and carries a pause into the next step', () => {
    let state = act(advancedTo('problem'), { type: 'pstb.pause' }, t0 + minutes(1));
    expect(tickPstb(state, t0 + minutes(60))).toBe(state);
    state = act(state, { type: 'pstb.advance', from: 'problem' }, t0 + minutes(2));
    expect(state.timer).toEqual({ startedAt: t0 + minutes(2), durationMs: minutes(8), pausedAt: t0 + minutes(2), elapsedBeforePauseMs: 0 });
    state = act(state, { type: 'pstb.resume' }, t0 + minutes(3));
    expect(pstbRemainingMs(state, t0 + minutes(4))).toBe(minutes(7));
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.resume' }, facilitator, t0 + minutes(4))).code).toBe('not_paused');
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.pause' }, presenter, t0 + minutes(4))).code).toBe('not_allowed');
  });

  it('adds and takes minutes on the current step', () => {
    let state = act(advancedTo('ideas'), { type: 'pstb.addMinute' }, t0);
    expect(pstbRemainingMs(state, t0)).toBe(minutes(9));
    state = act(state, { type: 'pstb.takeMinute' }, t0 + minutes(8) + seconds(30));
    expect(state.phase).toBe('selection');
    expect(state.history.at(-1)).toMatchObject({ step: 'ideas', endedBy: 'timeout', usedMs: minutes(8) + seconds(30) });
  });
});

describe('the problem statement', () => {
  it('is stated by the owner or the facilitator before or during the first step', () => {
    let state = act(newPstb(), { type: 'pstb.setProblem', problem: 'How do I get parents to reading mornings?' }, t0, presenter);
    state = act(advancedTo('problem', state), { type: 'pstb.setProblem', problem: 'How do I get dads to reading mornings?' }, t0, facilitator);
    expect(state.problem).toBe('How do I get dads to reading mornings?');
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.setProblem', problem: 'x' }, reviewer, t0)).code).toBe('not_allowed');
    expect(errorOf(applyPstbCommand(advancedTo('ideas'), { type: 'pstb.setProblem', problem: 'x' }, presenter, t0)).code).toBe('wrong_phase');
  });
});

describe('pstbCommandSchema', () => {
  it('checks shortlists: none, or 3 to 5 different ideas', () => {
    const shortlist = (ideaIds: string[]) => pstbCommandSchema.safeParse({ type: 'pstb.shortlist', ideaIds }).success;
    expect([shortlist([]), shortlist(['a', 'b']), shortlist(['a', 'b', 'c']), shortlist(['a', 'b', 'c', 'd', 'e', 'f']), shortlist(['a', 'a', 'b'])]).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
  });
});

describe('purity', () => {
  it('never changes the state it is given', () => {
    const state = deepFreeze(advancedTo('selection'));
    const copy = structuredClone(state);
    applyPstbCommand(state, { type: 'pstb.selectIdea', ideaId: 'idea-2' }, presenter, t0 + 1);
    applyPstbCommand(state, { type: 'pstb.selectIdea', ideaId: 'idea-1' }, presenter, t0 + 1);
    tickPstb(state, t0 + minutes(60));
    expect(state).toStrictEqual(copy);
  });
});
