import { describe, expect, it } from 'vitest';
import { pstbOutcomeSelection } from '../../src/report/pstbOutcome';
import { pstbChoiceLock, pstbCurrentStep, pstbIdeasGoingForward, pstbIsPaused, pstbOwnerListening, pstbRemainingMs } from '../../src/pstb/pstbSelectors';
import { pstbTimeline } from '../../src/pstb/pstbTimeline';
import { tickPstb } from '../../src/pstb/tickPstb';
import { minutes, seconds } from '../council/support/outcomes';
import { act, advancedTo, newPstb, presenter, t0 } from './support/pstbFixtures';

describe('PSTB selectors', () => {
  it('name the current step, null before the start and after the close', () => {
    expect(pstbCurrentStep(newPstb())).toBeNull();
    expect(pstbCurrentStep(advancedTo('benefits'))).toBe('benefits');
    expect(pstbCurrentStep(advancedTo('closed'))).toBeNull();
  });

  it('show the owner listening during idea generation only', () => {
    expect(pstbOwnerListening(advancedTo('ideas'))).toBe(true);
    expect(pstbOwnerListening(advancedTo('problem'))).toBe(false);
    expect(pstbOwnerListening(advancedTo('selection'))).toBe(false);
  });

  it('give the remaining time, never negative, and the pause', () => {
    const state = advancedTo('problem');
    expect(pstbRemainingMs(newPstb(), t0)).toBeNull();
    expect(pstbRemainingMs(state, t0 + minutes(2))).toBe(minutes(3));
    expect(pstbRemainingMs(state, t0 + minutes(90))).toBe(0);
    expect(pstbIsPaused(state)).toBe(false);
    expect(pstbIsPaused(act(state, { type: 'pstb.pause' }, t0 + 1))).toBe(true);
  });

  it('give the report the problem, the ideas still going forward and how the session ran', () => {
    let state = act(advancedTo('problem'), { type: 'pstb.setProblem', problem: 'How do I?' }, t0, presenter);
    state = advancedTo('selection', state);
    state = act(state, { type: 'pstb.selectIdea', ideaId: 'i1' }, t0, presenter);
    state = act(state, { type: 'pstb.selectIdea', ideaId: 'i2' }, t0, presenter);
    state = act(advancedTo('concerns', state), { type: 'pstb.eliminateIdea', ideaId: 'i1' }, t0, presenter);
    expect(pstbIdeasGoingForward(state)).toEqual(['i2']);
    expect(pstbOutcomeSelection(state, t0 + minutes(1))).toEqual({
      sessionId: 'pstb-1',
      question: 'How do I?',
      selectedIdeaIds: ['i2'],
      run: { process: 'pstb', underWayAt: 'critical concerns', contractMs: minutes(30), usedMs: minutes(1), shortlisted: 0, chosen: 2, dropped: 1 },
    });
  });
});

describe('pstbTimeline', () => {
  it('shows planned against actual, step by step, and when the session should end', () => {
    let state = act(newPstb(), { type: 'pstb.advance', from: 'contracting' }, t0);
    state = act(state, { type: 'pstb.addMinute' }, t0 + minutes(4));
    state = act(state, { type: 'pstb.addMinute' }, t0 + minutes(4));
    state = act(state, { type: 'pstb.advance', from: 'problem' }, t0 + minutes(6));
    state = tickPstb(state, t0 + minutes(15));
    const timeline = pstbTimeline(state, t0 + minutes(15));
    expect(timeline.contractMs).toBe(minutes(30));
    expect(timeline.steps.map((entry) => [entry.step, entry.status, entry.plannedMs, entry.actualMs, entry.endedBy])).toEqual([
      ['problem', 'done', minutes(5), minutes(6), 'advance'],
      ['ideas', 'done', minutes(8), minutes(8), 'timeout'],
      ['selection', 'current', minutes(2), minutes(1), null],
      ['benefits', 'upcoming', minutes(7), null, null],
      ['concerns', 'upcoming', minutes(3), null, null],
      ['actions', 'upcoming', minutes(5), null, null],
    ]);
    expect(timeline.steps[0]?.allowedMs).toBe(minutes(7));
    expect(timeline.usedMs).toBe(minutes(15));
    expect(timeline.projectedEndAt).toBe(t0 + minutes(31));
  });

  it('counts overtime as actual time beyond the plan', () => {
    const state = tickPstb(advancedTo('ideas', newPstb(), t0), t0 + minutes(8) + minutes(5));
    const selection = pstbTimeline(state, t0 + minutes(13)).steps.find((entry) => entry.step === 'selection');
    expect(state.overtime).toBe(true);
    expect(selection).toMatchObject({ status: 'current', plannedMs: minutes(2), actualMs: minutes(5) });
  });

  it('has no projected end before the start, and the close time after it', () => {
    expect(pstbTimeline(newPstb(), t0).projectedEndAt).toBeNull();
    const closed = advancedTo('closed', newPstb(), t0 + seconds(9));
    expect(pstbTimeline(closed, t0 + minutes(50))).toMatchObject({ projectedEndAt: t0 + seconds(9), usedMs: 0 });
  });

  it('say why the owner cannot take an idea forward: off the shortlist first, then the limit', () => {
    let state = act(advancedTo('ideas'), { type: 'pstb.shortlist', ideaIds: ['i1', 'i2', 'i3', 'i4'] }, t0);
    state = advancedTo('selection', state);
    expect(pstbChoiceLock(state, 'i1')).toBeNull();
    expect(pstbChoiceLock(state, 'i9')).toBe('not_shortlisted');
    for (const ideaId of ['i1', 'i2', 'i3']) state = act(state, { type: 'pstb.selectIdea', ideaId }, t0, presenter);
    expect(pstbChoiceLock(state, 'i4')).toBe('selection_full');
    expect(pstbChoiceLock(state, 'i9')).toBe('not_shortlisted');
    expect(pstbChoiceLock(state, 'i1')).toBeNull();
  });
});
