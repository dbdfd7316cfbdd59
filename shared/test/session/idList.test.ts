import { describe, expect, it } from 'vitest';
import { inIdOrder } from '../../src/session/idList';

describe('inIdOrder', () => {
  const ideas = [
    { id: 'a', text: 'Buddy' },
    { id: 'b', text: 'Coaching' },
    { id: 'c', text: 'Planning time' },
  ];

  it("lists the records in the chooser's order, not the list's", () => {
    expect(inIdOrder(ideas, ['c', 'a']).map((idea) => idea.text)).toEqual(['Planning time', 'Buddy']);
  });

  it('skips ids that no longer resolve', () => {
    expect(inIdOrder(ideas, ['gone', 'b']).map((idea) => idea.id)).toEqual(['b']);
    expect(inIdOrder([], ['a'])).toEqual([]);
  });
});
