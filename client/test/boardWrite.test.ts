import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCard, moveCard, removeHeading } from '@washup/shared/board';
import { applyBoardWrite, boardWriteRefusal, unexpectedWriteFailure } from '../src/sync/boardWrite';
import { card, looseCards, twoHeadingBoard } from './boardBuilder';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the board-write path', () => {
  it('applies an operation the board accepts and reports no refusal', () => {
    const board = twoHeadingBoard();
    expect(applyBoardWrite(() => addCard(board, card('a')))).toBeNull();
    expect(board.get('cards', 'a')?.observation).toBe('Observation a');
  });

  it('puts a board rule’s refusal into a sentence and leaves the board as it was', () => {
    const board = twoHeadingBoard();
    looseCards(board, 'a');
    expect(applyBoardWrite(() => removeHeading(board, 'h1'))).toBe('The heading still has themes or cards; move them first or send them to the inbox.');
    expect(board.get('headings', 'h1')).toBeDefined();
  });

  it('says the same of a record that is gone as of any other refusal', () => {
    const board = twoHeadingBoard();
    expect(applyBoardWrite(() => moveCard(board, 'missing', { kind: 'inbox' }))).toMatch(/^[A-Z].*no longer exists\.$/);
  });

  it('shows the form’s own words, when it has them, for a record its schema refuses', () => {
    const board = twoHeadingBoard();
    const refusal = 'Write what you saw or heard first: the observation is the evidence.';
    expect(applyBoardWrite(() => addCard(board, card('blank', { observation: '   ' })), refusal)).toBe(refusal);
    expect(board.get('cards', 'blank')).toBeUndefined();
  });

  it('calls a failure that is not a board rule a fault, and logs it for whoever debugs it', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fault = new TypeError('cannot read properties of undefined');
    expect(boardWriteRefusal(fault, 'Write the idea in up to 1,000 characters before adding it.')).toBe(unexpectedWriteFailure);
    expect(applyBoardWrite(() => {
      throw fault;
    })).toBe(unexpectedWriteFailure);
    expect(logged).toHaveBeenCalledWith('a board write failed', fault);
  });
});
