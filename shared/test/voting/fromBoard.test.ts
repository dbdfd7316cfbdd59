import { describe, expect, it } from 'vitest';
import { addCard } from '../../src/board/cardOps';
import { boardView } from '../../src/board/boardView';
import { createThemeFromCards } from '../../src/board/themeOps';
import { voteCandidates } from '../../src/voting/candidatesFromBoard';
import { evidenceByOption } from '../../src/voting/evidenceFromBoard';
import { cardInput, emptyBoard } from '../board/support/boards';

describe('reading vote options and their evidence off the board', () => {
  it('lists themes and loose cards in board order, and how well each is evidenced', () => {
    const board = emptyBoard();
    const lane = { kind: 'lane', headingId: 'h1', lane: 'strengths' } as const;
    const first = addCard(board, cardInput({ activity: 'lesson visit', authorId: 'a' }), lane);
    const second = addCard(board, cardInput({ activity: 'interview', stakeholder: 'pupils', authorId: 'b' }), lane);
    const theme = createThemeFromCards(board, second.id, first.id, { title: 'Pupils reason aloud' });
    const loose = addCard(board, cardInput({ observation: 'Calm corridors' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    addCard(board, cardInput({ observation: 'In the inbox' }));
    addCard(board, cardInput({ observation: 'Take home', privateLearning: true }));

    const view = boardView(board);
    expect(voteCandidates(view)).toEqual([
      { id: theme.id, kind: 'theme', label: 'Pupils reason aloud', headingId: 'h1', lane: 'strengths' },
      { id: loose.id, kind: 'card', label: 'Calm corridors', headingId: 'h2', lane: 'nextSteps' },
    ]);
    const evidence = evidenceByOption(view);
    expect(evidence.get(theme.id)).toEqual({ distinctSources: 2, singleSource: false });
    expect(evidence.get(loose.id)).toEqual({ distinctSources: 1, singleSource: true });
    expect(evidence.size).toBe(2);
  });
});
