import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardDocRules, privateDocRules } from '../../src/board/docContentRules';
import { addCard } from '../../src/board/cardOps';
import { takePrivateLearningOut } from '../../src/board/privateLearningOut';
import { BoardDoc } from '../../src/board/boardDoc';
import { cardInput, emptyBoard } from './support/boards';

/** Whether the bytes hold the text's UTF-8 encoding anywhere. */
function contains(bytes: Uint8Array, text: string): boolean {
  const needle = new TextEncoder().encode(text);
  outer: for (let at = 0; at + needle.length <= bytes.length; at++) {
    for (let i = 0; i < needle.length; i++) if (bytes[at + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}

describe('takePrivateLearningOut', () => {
  it('deletes every reviewer-learning card in one transaction and returns them by author', () => {
    const board = emptyBoard();
    addCard(board, cardInput({ observation: 'Shared evidence' }));
    addCard(board, cardInput({ observation: 'Rae learns A', privateLearning: true, authorId: 'rae' }));
    addCard(board, cardInput({ observation: 'Rae learns B', privateLearning: true, authorId: 'rae' }));
    addCard(board, cardInput({ observation: 'Sam learns', privateLearning: true, authorId: 'sam' }));
    let transactions = 0;
    board.doc.on('afterTransaction', () => (transactions += 1));

    const moved = takePrivateLearningOut(board);

    expect(transactions).toBe(1);
    expect(board.list('cards').map((card) => card.observation)).toEqual(['Shared evidence']);
    expect([...moved.keys()].sort()).toEqual(['rae', 'sam']);
    expect(moved.get('rae')?.map((card) => card.observation).sort()).toEqual(['Rae learns A', 'Rae learns B']);
    expect(moved.get('sam')?.every((card) => card.privateLearning && card.placement === null)).toBe(true);
  });

  it("leaves no trace of the text in the doc's encoding, with gc on", () => {
    const board = emptyBoard();
    addCard(board, cardInput({ observation: 'Secret staff judgement', interpretation: 'Hidden reading', privateLearning: true }));
    const before = Y.encodeStateAsUpdate(board.doc);
    expect(contains(before, 'Secret staff judgement')).toBe(true);

    takePrivateLearningOut(board);

    for (const encoded of [Y.encodeStateAsUpdate(board.doc), Y.encodeStateAsUpdateV2(board.doc)]) {
      expect(contains(encoded, 'Secret staff judgement')).toBe(false);
      expect(contains(encoded, 'Hidden reading')).toBe(false);
    }
    // A doc loaded from the old state and the deletion is as clean.
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, before);
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(board.doc));
    expect(contains(Y.encodeStateAsUpdate(reloaded), 'Secret staff judgement')).toBe(false);
  });

  it('changes nothing on a board without reviewer learning', () => {
    const board = emptyBoard();
    addCard(board, cardInput());
    let transactions = 0;
    board.doc.on('afterTransaction', () => (transactions += 1));
    expect(takePrivateLearningOut(board).size).toBe(0);
    expect(transactions).toBe(0);
  });
});

describe('what each doc may hold', () => {
  const card = (overrides: Parameters<typeof cardInput>[0] = {}) => addCard(new BoardDoc(), cardInput(overrides));

  it('the board doc refuses a reviewer-learning card and takes a shared one', () => {
    expect(boardDocRules.recordProblem('cards', card({ privateLearning: true }))).toMatch(/private doc/);
    expect(boardDocRules.recordProblem('cards', card())).toBeNull();
    expect(boardDocRules.boardWide).toBe(true);
  });

  it("a private doc takes only its own participant's reviewer-learning cards, with no place", () => {
    const rules = privateDocRules('rae');
    expect(rules.recordProblem('cards', card({ privateLearning: true, authorId: 'rae' }))).toBeNull();
    expect(rules.recordProblem('cards', card({ privateLearning: false, authorId: 'rae' }))).toMatch(/shared/);
    expect(rules.recordProblem('cards', card({ privateLearning: true, authorId: 'sam' }))).toMatch(/own participant/);
    const placed = { ...card({ privateLearning: true, authorId: 'rae' }), placement: { headingId: 'h1', lane: 'strengths' as const, order: 'a0' } };
    expect(rules.recordProblem('cards', placed)).toMatch(/no place/);
    expect(rules.recordProblem('themes', { id: 't', headingId: 'h1', lane: 'strengths', title: 'T', summary: '', order: 'a0' })).toMatch(/only/);
    expect(rules.boardWide).toBe(false);
  });
});
