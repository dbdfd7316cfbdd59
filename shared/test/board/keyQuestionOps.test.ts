import { describe, expect, it } from 'vitest';
import { boardView } from '../../src/board/boardView';
import { addCard } from '../../src/board/cardOps';
import {
  addKeyQuestion,
  editKeyQuestion,
  removeKeyQuestion,
  reorderKeyQuestion,
  setKeyQuestionStatus,
} from '../../src/board/keyQuestionOps';
import { cardInput, emptyBoard, ids } from './support/boards';
import * as Y from 'yjs';
import { BoardDoc } from '../../src/board/boardDoc';

const questionOrder = (board: ReturnType<typeof emptyBoard>) => ids(boardView(board).keyQuestions);
const headingTitles = (board: ReturnType<typeof emptyBoard>) => boardView(board).headings.map((view) => view.heading.title);

describe('key questions', () => {
  it('adds as a draft, edits the text, reorders', () => {
    const board = emptyBoard();
    const added = addKeyQuestion(board, { id: 'q1', text: ' How well do pupils read? ' });
    expect(added).toMatchObject({ text: 'How well do pupils read?', status: 'draft' });
    addKeyQuestion(board, { id: 'q2', text: 'How is the curriculum sequenced?' }, 'start');
    expect(questionOrder(board)).toEqual(['q2', 'q1']);
    reorderKeyQuestion(board, 'q2', 'end');
    expect(questionOrder(board)).toEqual(['q1', 'q2']);
    editKeyQuestion(board, 'q1', 'How well do pupils read for pleasure?');
    expect(board.get('keyQuestions', 'q1')?.text).toBe('How well do pupils read for pleasure?');
    expect(() => editKeyQuestion(board, 'q1', '')).toThrow(expect.objectContaining({ code: 'invalid' }));
    expect(() => setKeyQuestionStatus(board, 'gone', 'agreed')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('agrees a question without adding a heading on a template with prescribed headings', () => {
    const board = emptyBoard('qa-review');
    addKeyQuestion(board, { id: 'q1', text: 'How well do pupils read?' });
    setKeyQuestionStatus(board, 'q1', 'agreed');
    expect(board.get('keyQuestions', 'q1')?.status).toBe('agreed');
    expect(headingTitles(board)).toEqual(['Heading h1', 'Heading h2']);
  });

  it('adds a heading per agreed question on Trust Peer Review, once', () => {
    const board = emptyBoard('trust-peer-review', ['overarching']);
    addKeyQuestion(board, { id: 'q1', text: 'How well do pupils read?' });
    addKeyQuestion(board, { id: 'q2', text: 'How is the curriculum sequenced?', status: 'agreed' });
    setKeyQuestionStatus(board, 'q1', 'agreed');
    setKeyQuestionStatus(board, 'q1', 'draft');
    setKeyQuestionStatus(board, 'q1', 'agreed');
    expect(headingTitles(board)).toEqual(['Heading overarching', 'How is the curriculum sequenced?', 'How well do pupils read?']);
    expect(board.get('headings', 'q1')?.title).toBe('How well do pupils read?');
  });

  it('does not add a heading when one already has the question’s title, and keeps long questions in the description', () => {
    const board = emptyBoard('trust-peer-review', []);
    board.put('headings', { id: 'mine', title: 'how well do pupils read?', description: '', panel: false, order: 'a0' });
    addKeyQuestion(board, { id: 'q1', text: 'How well do pupils read?', status: 'agreed' });
    const long = `How ${'very '.repeat(60)}well do pupils read?`;
    addKeyQuestion(board, { id: 'q2', text: long, status: 'agreed' });
    expect(board.count('headings')).toBe(2);
    expect(board.get('headings', 'q2')?.title.length).toBeLessThanOrEqual(200);
    expect(board.get('headings', 'q2')?.description).toBe(long);
  });

  it('makes one heading when two facilitators agree the same question at once', () => {
    const first = emptyBoard('trust-peer-review', []);
    addKeyQuestion(first, { id: 'q1', text: 'How well do pupils read?' });
    const second = new BoardDoc(new Y.Doc());
    Y.applyUpdate(second.doc, Y.encodeStateAsUpdate(first.doc));
    setKeyQuestionStatus(first, 'q1', 'agreed');
    setKeyQuestionStatus(second, 'q1', 'agreed');
    Y.applyUpdate(first.doc, Y.encodeStateAsUpdate(second.doc));
    Y.applyUpdate(second.doc, Y.encodeStateAsUpdate(first.doc));
    expect(first.count('headings')).toBe(1);
    expect(boardView(first)).toEqual(boardView(second));
  });

  it('removes a question and strips it from the cards', () => {
    const board = emptyBoard();
    addKeyQuestion(board, { id: 'q1', text: 'Reading?' });
    addKeyQuestion(board, { id: 'q2', text: 'Maths?' });
    addCard(board, cardInput({ id: 'c1', keyQuestionIds: ['q1', 'q2'] }));
    addCard(board, cardInput({ id: 'c2', keyQuestionIds: ['q2'], privateLearning: true }));
    removeKeyQuestion(board, 'q2');
    removeKeyQuestion(board, 'q2');
    expect(board.get('cards', 'c1')?.keyQuestionIds).toEqual(['q1']);
    expect(board.get('cards', 'c2')?.keyQuestionIds).toEqual([]);
    expect(questionOrder(board)).toEqual(['q1']);
  });
});
