import { describe, expect, it } from 'vitest';
import { boardView, createThemeFromCards } from '@washup/shared/board';
import { cardDestinations, mergeDestinations, themeDestinations } from '../src/board/moveTargets';
import { looseCards, twoHeadingBoard } from './boardBuilder';

describe('"Move to…" choices', () => {
  it('offer a card the inbox, then per heading × lane: loose, every theme and a new theme, grouped heading → lane → theme', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a', 'b');
    createThemeFromCards(board, 'b', 'a', { id: 't', title: 'Talk' });
    const options = cardDestinations(boardView(board));
    expect(options.map((option) => option.key)).toEqual([
      'inbox',
      'h1:strengths',
      'theme:t',
      'new:h1:strengths',
      'h1:nextSteps',
      'new:h1:nextSteps',
      'h2:strengths',
      'new:h2:strengths',
      'h2:nextSteps',
      'new:h2:nextSteps',
    ]);
    expect(options.find((option) => option.key === 'theme:t')).toMatchObject({
      label: 'Our impact · Strengths, theme “Talk”',
      text: 'Talk',
      heading: 'Our impact',
      lane: 'Strengths',
      target: { kind: 'theme', themeId: 't' },
    });
    expect(options[4]).toMatchObject({ label: 'Our impact · Next steps, not in a theme', text: 'Not in a theme', target: { kind: 'lane', headingId: 'h1', lane: 'nextSteps' } });
    expect(options[5]).toMatchObject({ label: 'Our impact · Next steps, new theme', target: { kind: 'newTheme', headingId: 'h1', lane: 'nextSteps' } });
    // Every label says the whole place on its own, with no bare ellipsis.
    for (const option of options) expect(option.label).not.toMatch(/^…/);
  });

  it('offer a theme every heading × lane, named with the template’s lane names', () => {
    const options = themeDestinations(boardView(twoHeadingBoard()));
    expect(options.map((option) => option.label)).toEqual(['Our impact · Strengths', 'Our impact · Next steps', 'Looking forward · Strengths', 'Looking forward · Next steps']);
    expect(options.map((option) => option.heading)).toEqual(['Our impact', 'Our impact', 'Looking forward', 'Looking forward']);
    expect(options[3]!.target).toEqual({ headingId: 'h2', lane: 'nextSteps' });
  });

  it('offer a theme to merge into every other theme, by its place', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a', 'b', 'c', 'd');
    createThemeFromCards(board, 'b', 'a', { id: 't1', title: 'Talk' });
    createThemeFromCards(board, 'd', 'c', { id: 't2', title: 'Books' });
    const options = mergeDestinations({ id: 't1' })(boardView(board));
    expect(options).toEqual([{ key: 'theme:t2', label: 'Our impact · Strengths, theme “Books”', text: 'Books', heading: 'Our impact', lane: 'Strengths', target: 't2' }]);
  });
});
