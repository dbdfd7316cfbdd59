import { describe, expect, it } from 'vitest';
import { addCard } from '../../src/board/cardOps';
import { boardView } from '../../src/board/boardView';
import { filterBoardView } from '../../src/board/filterBoardView';
import { createThemeFromCards } from '../../src/board/themeOps';
import { cardInput, emptyBoard } from './support/boards';

describe('filtering the board view', () => {
  it('keeps matching cards everywhere, themes with any match, and the same view when nothing is set', () => {
    const board = emptyBoard();
    const lane = { kind: 'lane', headingId: 'h1', lane: 'strengths' } as const;
    const a = addCard(board, cardInput({ observation: 'Reading corner busy', activity: 'learning walk' }), lane);
    const b = addCard(board, cardInput({ observation: 'Maths books neat', activity: 'work scrutiny' }), lane);
    createThemeFromCards(board, b.id, a.id, { title: 'Theme' });
    addCard(board, cardInput({ observation: 'Reading records patchy', activity: 'interview' }));
    const view = boardView(board);

    expect(filterBoardView(view, {})).toBe(view);
    const reading = filterBoardView(view, { text: 'reading' });
    expect(reading.headings[0]!.lanes.strengths.themes[0]!.cards.map((card) => card.observation)).toEqual(['Reading corner busy']);
    expect(reading.inbox.map((card) => card.observation)).toEqual(['Reading records patchy']);
    const interviews = filterBoardView(view, { activity: 'interview' });
    expect(interviews.headings[0]!.lanes.strengths.themes).toEqual([]);
  });
});
