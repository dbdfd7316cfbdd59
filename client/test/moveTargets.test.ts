import { describe, expect, it } from 'vitest';
import { boardView, createThemeFromCards } from '@washup/shared/board';
import { cardDestinations, themeDestinations } from '../src/board/moveTargets';
import { looseCards, twoHeadingBoard } from './boardBuilder';

describe('"Move to…" choices', () => {
  it('offer a card the inbox, every heading × lane, and every theme, grouped by heading and lane', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a', 'b');
    createThemeFromCards(board, 'b', 'a', { id: 't', title: 'Talk' });
    const options = cardDestinations(boardView(board));
    expect(options.map((option) => option.key)).toEqual(['inbox', 'h1:strengths', 'theme:t', 'h1:nextSteps', 'h2:strengths', 'h2:nextSteps']);
    expect(options.find((option) => option.key === 'theme:t')).toMatchObject({ label: 'Theme: Talk', group: 'Our impact · Strengths', target: { kind: 'theme', themeId: 't' } });
    expect(options[3]).toMatchObject({ label: 'Our impact · Next steps: loose', target: { kind: 'lane', headingId: 'h1', lane: 'nextSteps' } });
  });

  it('offer a theme every heading × lane, named with the template’s lane names', () => {
    const options = themeDestinations(boardView(twoHeadingBoard()));
    expect(options.map((option) => option.label)).toEqual(['Our impact · Strengths', 'Our impact · Next steps', 'Looking forward · Strengths', 'Looking forward · Next steps']);
    expect(options[3]!.target).toEqual({ headingId: 'h2', lane: 'nextSteps' });
  });
});
