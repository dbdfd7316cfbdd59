import { describe, expect, it } from 'vitest';
import { applyPstbCommand } from '../../src/pstb/applyPstbCommand';
import { pstbCommandSchema } from '../../src/pstb/pstbCommands';
import { chosenOffPstbShortlist, isOnPstbShortlist, isPstbShortlistSize, pstbShortlistBlock, pstbShortlistPhases, pstbShortlistTickLock } from '../../src/pstb/pstbShortlist';
import { act, advancedTo, facilitator, presenter, t0 } from './support/pstbFixtures';

const chosen = (...selectedIdeaIds: string[]) => ({ selectedIdeaIds });

describe('the shortlist rules', () => {
  it('take 3 to 5 ideas, or none to clear, as the command schema does', () => {
    for (const count of [0, 1, 2, 3, 4, 5, 6]) {
      const ideaIds = Array.from({ length: count }, (_, index) => `i${index}`);
      expect(isPstbShortlistSize(count)).toBe(pstbCommandSchema.safeParse({ type: 'pstb.shortlist', ideaIds }).success);
    }
    expect([0, 3, 5].every(isPstbShortlistSize)).toBe(true);
    expect([1, 2, 6].some(isPstbShortlistSize)).toBe(false);
  });

  it('leave every idea open while there is no shortlist, and only its ideas once there is', () => {
    expect(isOnPstbShortlist({ shortlistIdeaIds: [] }, 'i9')).toBe(true);
    expect(isOnPstbShortlist({ shortlistIdeaIds: ['i1', 'i2', 'i3'] }, 'i2')).toBe(true);
    expect(isOnPstbShortlist({ shortlistIdeaIds: ['i1', 'i2', 'i3'] }, 'i9')).toBe(false);
  });

  it('name the chosen ideas a shortlist would strand; clearing strands none', () => {
    expect(chosenOffPstbShortlist(chosen('i1', 'i9'), ['i1', 'i2', 'i3'])).toEqual(['i9']);
    expect(chosenOffPstbShortlist(chosen('i1'), ['i1', 'i2', 'i3'])).toEqual([]);
    expect(chosenOffPstbShortlist(chosen('i9'), [])).toEqual([]);
  });

  it('say why a set cannot be recorded, in the order the facilitator would fix it', () => {
    expect(pstbShortlistBlock(chosen(), [])).toBe('too_few');
    expect(pstbShortlistBlock(chosen(), ['i1', 'i2'])).toBe('too_few');
    expect(pstbShortlistBlock(chosen(), ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'])).toBe('too_many');
    expect(pstbShortlistBlock(chosen('i9'), ['i1', 'i2', 'i3'])).toBe('leaves_out_chosen');
    expect(pstbShortlistBlock(chosen('i2'), ['i1', 'i2', 'i3'])).toBeNull();
    expect(pstbShortlistBlock(chosen(), ['i1', 'i2', 'i3', 'i4', 'i5'])).toBeNull();
  });

  it('agree with the relay: a set with no block is accepted, one leaving out a choice refused', () => {
    const selection = act(advancedTo('selection'), { type: 'pstb.selectIdea', ideaId: 'i2' }, t0, presenter);
    for (const ideaIds of [['i1', 'i2', 'i3'], ['i1', 'i3', 'i4']]) {
      const outcome = applyPstbCommand(selection, { type: 'pstb.shortlist', ideaIds }, facilitator, t0);
      expect(outcome.ok).toBe(pstbShortlistBlock(selection, ideaIds) === null);
    }
    expect(pstbShortlistPhases).toEqual(['ideas', 'selection']);
  });

  it('fix the tick of a chosen idea, and of an unticked one once five are ticked', () => {
    const five = ['i1', 'i2', 'i3', 'i4', 'i5'];
    expect(pstbShortlistTickLock(chosen('i1'), [], 'i1')).toBe('chosen');
    expect(pstbShortlistTickLock(chosen(), five, 'i6')).toBe('full');
    expect(pstbShortlistTickLock(chosen(), five, 'i5')).toBeNull();
    expect(pstbShortlistTickLock(chosen(), five.slice(0, 4), 'i6')).toBeNull();
  });
});
