import { describe, expect, it } from 'vitest';
import { applyPstbCommand } from '../../src/pstb/applyPstbCommand';
import type { PstbCommand } from '../../src/pstb/pstbCommands';
import type { PstbState } from '../../src/pstb/pstbState';
import { errorOf } from '../council/support/outcomes';
import { act, advancedTo, facilitator, newPstb, presenter, reviewer, t0 } from './support/pstbFixtures';

const select = (ideaId: string): PstbCommand => ({ type: 'pstb.selectIdea', ideaId });

function chosen(...ideaIds: string[]): PstbState {
  return ideaIds.reduce((state, ideaId) => act(state, select(ideaId), t0, presenter), advancedTo('selection'));
}

describe('choosing ideas', () => {
  it("is the owner's alone: one to three, in the order chosen", () => {
    const state = chosen('i3', 'i1', 'i2');
    expect(state.selectedIdeaIds).toEqual(['i3', 'i1', 'i2']);
    expect(errorOf(applyPstbCommand(state, select('i4'), presenter, t0))).toEqual({ code: 'selection_full', message: 'the owner takes at most 3 ideas forward' });
    expect(errorOf(applyPstbCommand(chosen(), select('i1'), facilitator, t0))).toEqual({
      code: 'not_allowed',
      message: 'only the owner of the problem can choose an idea',
    });
    expect(errorOf(applyPstbCommand(chosen(), select('i1'), reviewer, t0)).code).toBe('not_allowed');
  });

  it('refuses the same idea twice, unchoosing one not chosen, and choosing outside selection', () => {
    const state = chosen('i1');
    expect(errorOf(applyPstbCommand(state, select('i1'), presenter, t0)).code).toBe('already_selected');
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.unselectIdea', ideaId: 'i2' }, presenter, t0)).code).toBe('not_selected');
    expect(act(state, { type: 'pstb.unselectIdea', ideaId: 'i1' }, t0, presenter).selectedIdeaIds).toEqual([]);
    expect(errorOf(applyPstbCommand(advancedTo('ideas'), select('i1'), presenter, t0)).code).toBe('wrong_phase');
  });
});

describe('the shortlist vote', () => {
  const shortlist = (ideaIds: string[]): PstbCommand => ({ type: 'pstb.shortlist', ideaIds });

  it('limits the choice to the shortlist, and can be cleared', () => {
    let state = act(advancedTo('ideas'), shortlist(['i1', 'i2', 'i3']), t0);
    state = advancedTo('selection', state);
    expect(errorOf(applyPstbCommand(state, select('i4'), presenter, t0))).toEqual({ code: 'not_shortlisted', message: 'choose from the shortlist the team voted for' });
    state = act(state, select('i2'), t0, presenter);
    state = act(state, shortlist([]), t0);
    expect(act(state, select('i4'), t0, presenter).selectedIdeaIds).toEqual(['i2', 'i4']);
  });

  it('refuses a shortlist leaving out an idea already chosen, one by anyone but the facilitator, and one too late', () => {
    const state = chosen('i9');
    expect(errorOf(applyPstbCommand(state, shortlist(['i1', 'i2', 'i3']), facilitator, t0)).code).toBe('not_shortlisted');
    expect(errorOf(applyPstbCommand(state, shortlist(['i1', 'i2', 'i3']), presenter, t0)).code).toBe('not_allowed');
    expect(errorOf(applyPstbCommand(advancedTo('benefits'), shortlist(['i1', 'i2', 'i3']), facilitator, t0)).code).toBe('wrong_phase');
    expect(errorOf(applyPstbCommand(newPstb(), shortlist(['i1', 'i2', 'i3']), facilitator, t0)).code).toBe('wrong_phase');
  });
});

describe('critical concerns', () => {
  const atConcerns = () => advancedTo('concerns', chosen('i1', 'i2'));
  const eliminate = (ideaId: string): PstbCommand => ({ type: 'pstb.eliminateIdea', ideaId });

  it('let the owner drop a chosen idea, and take it back', () => {
    let state = act(atConcerns(), eliminate('i1'), t0, presenter);
    expect(state.eliminatedIdeaIds).toEqual(['i1']);
    state = act(state, { type: 'pstb.reinstateIdea', ideaId: 'i1' }, t0, presenter);
    expect(state.eliminatedIdeaIds).toEqual([]);
  });

  it('refuse dropping twice, an idea not chosen, by anyone else, or in another step', () => {
    const state = act(atConcerns(), eliminate('i1'), t0, presenter);
    expect(errorOf(applyPstbCommand(state, eliminate('i1'), presenter, t0)).code).toBe('already_eliminated');
    expect(errorOf(applyPstbCommand(state, { type: 'pstb.reinstateIdea', ideaId: 'i2' }, presenter, t0)).code).toBe('not_eliminated');
    expect(errorOf(applyPstbCommand(state, eliminate('i7'), presenter, t0)).code).toBe('not_selected');
    expect(errorOf(applyPstbCommand(state, eliminate('i2'), facilitator, t0)).code).toBe('not_allowed');
    expect(errorOf(applyPstbCommand(advancedTo('benefits', chosen('i1')), eliminate('i1'), presenter, t0)).code).toBe('wrong_phase');
  });
});
