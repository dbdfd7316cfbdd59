import { describe, expect, it } from 'vitest';
import { addCard } from '../../src/board/cardOps';
import { coverageMap } from '../../src/board/coverage';
import { addKeyQuestion } from '../../src/board/keyQuestionOps';
import { cardInput, emptyBoard } from './support/boards';

describe('coverageMap', () => {
  it('counts cards per key question under each heading, the inbox and each activity', () => {
    const board = emptyBoard();
    addKeyQuestion(board, { id: 'q1', text: 'Reading?' });
    addKeyQuestion(board, { id: 'q2', text: 'Maths?' });
    addCard(board, cardInput({ id: 'a', keyQuestionIds: ['q1'] }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    addCard(board, cardInput({ id: 'b', keyQuestionIds: ['q1', 'q2', 'q1'], activity: 'interview' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    addCard(board, cardInput({ id: 'c', keyQuestionIds: ['q2'] }));
    addCard(board, cardInput({ id: 'd', keyQuestionIds: ['gone'] }));
    addCard(board, cardInput({ id: 'e', keyQuestionIds: ['q1'], privateLearning: true }));
    const coverage = coverageMap(board);
    expect(coverage.headings.map((heading) => heading.id)).toEqual(['h1', 'h2']);
    const [q1, q2, none] = coverage.rows;
    expect(q1).toMatchObject({ keyQuestion: { id: 'q1' }, cards: 2, byHeading: { h1: 1, h2: 1 }, inbox: 0 });
    expect(q1?.byActivity).toMatchObject({ 'lesson visit': 1, interview: 1, 'focus group': 0 });
    expect(q2).toMatchObject({ keyQuestion: { id: 'q2' }, cards: 2, byHeading: { h1: 0, h2: 1 }, inbox: 1 });
    expect(none).toMatchObject({ keyQuestion: null, cards: 1, byHeading: { h1: 0, h2: 0 }, inbox: 1 });
    expect(Object.keys(none?.byActivity ?? {})).toEqual([...coverage.activities]);
  });
});
