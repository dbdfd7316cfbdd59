import { describe, expect, it } from 'vitest';
import { pstbRunFigures } from '../../src/report/pstbRunFigures';
import { minutes } from '../council/support/outcomes';
import { act, newPstb, presenter, t0 } from './support/pstbFixtures';

function inIdeas() {
  const state = act(newPstb(), { type: 'pstb.advance', from: 'contracting' }, t0);
  return act(state, { type: 'pstb.advance', from: 'problem' }, t0 + minutes(4));
}

describe('pstbRunFigures', () => {
  it('counts a session under way as it stands, the step under way included', () => {
    expect(pstbRunFigures(inIdeas(), t0 + minutes(6))).toEqual({
      process: 'pstb',
      underWayAt: 'idea generation',
      contractMs: minutes(30),
      usedMs: minutes(6),
      shortlisted: 0,
      chosen: 0,
      dropped: 0,
    });
  });

  it('counts a closed session: running time without the pause, the shortlist, the choice and the idea dropped', () => {
    let state = act(inIdeas(), { type: 'pstb.shortlist', ideaIds: ['i1', 'i2', 'i3'] }, t0 + minutes(10));
    state = act(state, { type: 'pstb.advance', from: 'ideas' }, t0 + minutes(11));
    state = act(state, { type: 'pstb.selectIdea', ideaId: 'i1' }, t0 + minutes(12), presenter);
    state = act(state, { type: 'pstb.selectIdea', ideaId: 'i2' }, t0 + minutes(12), presenter);
    state = act(state, { type: 'pstb.advance', from: 'selection' }, t0 + minutes(12));
    state = act(state, { type: 'pstb.advance', from: 'benefits' }, t0 + minutes(18));
    state = act(state, { type: 'pstb.eliminateIdea', ideaId: 'i2' }, t0 + minutes(19), presenter);
    state = act(state, { type: 'pstb.advance', from: 'concerns' }, t0 + minutes(20));
    state = act(state, { type: 'pstb.pause' }, t0 + minutes(21));
    state = act(state, { type: 'pstb.resume' }, t0 + minutes(23));
    state = act(state, { type: 'pstb.advance', from: 'actions' }, t0 + minutes(25));
    expect(state.phase).toBe('closed');
    const figures = { process: 'pstb', underWayAt: null, contractMs: minutes(30), usedMs: minutes(23), shortlisted: 3, chosen: 2, dropped: 1 };
    expect(pstbRunFigures(state, t0 + minutes(25))).toEqual(figures);
    expect(pstbRunFigures(state, t0 + minutes(90))).toEqual(figures);
  });
});
