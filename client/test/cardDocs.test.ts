import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { boardDocOf, BoardOperationError, moveOwnLearningOffBoard, type BoardDoc, type Card, type CardContent } from '@washup/shared/board';
import { addCapturedCard, saveCardEdit, type CardDocs } from '../src/capture/cardDocs';
import { applyBoardWrite } from '../src/sync/boardWrite';
import { card, twoHeadingBoard } from './boardBuilder';

function docs(): CardDocs {
  return { board: twoHeadingBoard(), privateDoc: boardDocOf(new Y.Doc()), participantId: 'rev-1' };
}

function content(saved: Card, patch: Partial<CardContent>): CardContent {
  const { observation, interpretation, activity, stakeholder, site, keyQuestionIds, valence, counterEvidence, privateLearning } = saved;
  return { observation, interpretation, activity, stakeholder, site, keyQuestionIds, valence, counterEvidence, privateLearning, ...patch };
}

/** Whether the bytes of the doc's whole state, as the relay or IndexedDB would store it, spell `text` anywhere. */
function stateHolds(doc: BoardDoc, text: string): boolean {
  const state = Y.encodeStateAsUpdate(doc.doc);
  const needle = new TextEncoder().encode(text);
  for (let start = 0; start + needle.length <= state.length; start++) {
    if (needle.every((byte, offset) => state[start + offset] === byte)) return true;
  }
  return false;
}

describe('a card goes to the doc its "Reviewer learning" tick says', () => {
  it('adds reviewer learning to the private doc only, and other cards to the board only', () => {
    const target = docs();
    addCapturedCard(target, card('mine', { privateLearning: true, observation: 'PRIVATE: take triads home' }));
    addCapturedCard(target, card('shared'));
    expect(target.privateDoc.list('cards').map((saved) => saved.id)).toEqual(['mine']);
    expect(target.board.list('cards').map((saved) => saved.id)).toEqual(['shared']);
    expect(stateHolds(target.board, 'PRIVATE')).toBe(false);
  });

  it('refuses reviewer learning in someone else’s name and writes nothing', () => {
    const target = docs();
    expect(() => addCapturedCard(target, card('theirs', { privateLearning: true, authorId: 'rev-2' }))).toThrow(BoardOperationError);
    expect(target.privateDoc.list('cards')).toEqual([]);
    expect(target.board.list('cards')).toEqual([]);
  });

  it('edits a card in place while the tick stays as it was', () => {
    const target = docs();
    const saved = addCapturedCard(target, card('mine', { privateLearning: true }));
    saveCardEdit(target, saved, content(saved, { observation: 'Reworded' }));
    expect(target.privateDoc.get('cards', 'mine')?.observation).toBe('Reworded');
    expect(target.board.list('cards')).toEqual([]);
  });

  it('ticking moves the card into the private doc, off the board, its text gone from the board doc’s state', () => {
    const target = docs();
    const saved = addCapturedCard(target, card('c1', { observation: 'Triads are worth copying', interpretation: 'try at home' }));
    const moved = saveCardEdit(target, saved, content(saved, { privateLearning: true }));
    expect(target.board.get('cards', 'c1')).toBeUndefined();
    expect(moved).toMatchObject({ id: 'c1', authorId: 'rev-1', authorName: 'Rae', capturedAt: saved.capturedAt, privateLearning: true, placement: null, interpretation: 'try at home' });
    expect(target.privateDoc.get('cards', 'c1')).toEqual(moved);
    expect(stateHolds(target.board, 'Triads are worth copying')).toBe(false);
  });

  it('unticking moves the card back to the board’s inbox and out of the private doc', () => {
    const target = docs();
    const saved = addCapturedCard(target, card('c1', { privateLearning: true }));
    saveCardEdit(target, saved, content(saved, { privateLearning: false }));
    expect(target.privateDoc.get('cards', 'c1')).toBeUndefined();
    expect(target.board.get('cards', 'c1')).toMatchObject({ privateLearning: false, placement: null });
  });

  it('never moves someone else’s card into this participant’s private doc', () => {
    const target = docs();
    const saved = addCapturedCard(target, card('theirs', { authorId: 'rev-2', authorName: 'Sam' }));
    expect(applyBoardWrite(() => saveCardEdit(target, saved, content(saved, { privateLearning: true })))).toBe("Only the card's author can keep it as their reviewer learning.");
    expect(target.board.get('cards', 'theirs')).toEqual(saved);
    expect(target.privateDoc.list('cards')).toEqual([]);
  });

  it('keeps the card where it was when the other doc refuses it', () => {
    const target = docs();
    const saved = addCapturedCard(target, card('c1', { privateLearning: true }));
    expect(() => saveCardEdit(target, saved, content(saved, { privateLearning: false, observation: '   ' }))).toThrow(BoardOperationError);
    expect(target.privateDoc.get('cards', 'c1')).toEqual(saved);
    expect(target.board.get('cards', 'c1')).toBeUndefined();
  });

  it('finishes a move an interruption left half done, leaving one copy', () => {
    const target = docs();
    const saved = addCapturedCard(target, card('c1'));
    // Interrupted after the write to the private doc, before the deletion on the board.
    addCapturedCard(target, card('c1', { privateLearning: true }));
    saveCardEdit(target, saved, content(saved, { privateLearning: true, observation: 'Second try' }));
    expect(target.board.get('cards', 'c1')).toBeUndefined();
    expect(target.privateDoc.list('cards').map((kept) => kept.observation)).toEqual(['Second try']);
  });

  it('takes this participant’s reviewer learning an older version left on the board into their private doc, and nobody else’s', () => {
    const target = docs();
    // Written the way the board doc held reviewer learning before the private docs.
    target.board.put('cards', { ...card('old-mine', { observation: 'MINE' }), privateLearning: true, placement: null } as Card);
    target.board.put('cards', { ...card('old-theirs', { authorId: 'rev-2' }), privateLearning: true, placement: null } as Card);
    addCapturedCard(target, card('shared'));
    moveOwnLearningOffBoard(target.board, target.privateDoc, target.participantId);
    expect(target.privateDoc.list('cards').map((kept) => kept.id)).toEqual(['old-mine']);
    expect(target.board.list('cards').map((kept) => kept.id).sort()).toEqual(['old-theirs', 'shared']);
    expect(stateHolds(target.board, 'MINE')).toBe(false);
    moveOwnLearningOffBoard(target.board, target.privateDoc, target.participantId);
    expect(target.privateDoc.list('cards')).toHaveLength(1);
  });
});
