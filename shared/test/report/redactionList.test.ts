import { describe, expect, it } from 'vitest';
import { BoardOperationError } from '../../src/board/boardOperationError';
import { addRedaction, editRedaction, listRedactions, removeRedaction } from '../../src/report/redactionList';
import { qaBoard } from './support/reportBoard';

describe('the redaction list', () => {
  it('keeps names with their replacements in the board doc, alphabetically', () => {
    const board = qaBoard();
    addRedaction(board, { id: 'r1', name: '  Tom Hardy ', replacement: 'the Year 2 teacher' });
    addRedaction(board, { id: 'r2', name: 'amy', replacement: 'A.' });
    expect(listRedactions(board).map((entry) => [entry.name, entry.replacement])).toEqual([
      ['amy', 'A.'],
      ['Tom Hardy', 'the Year 2 teacher'],
    ]);
    expect(editRedaction(board, 'r2', { name: 'Amy' }).name).toBe('Amy');
    removeRedaction(board, 'r2');
    removeRedaction(board, 'r2');
    expect(listRedactions(board).map((entry) => entry.id)).toEqual(['r1']);
  });

  it('refuses a name twice, an empty entry, and a replacement that names someone listed', () => {
    const board = qaBoard();
    addRedaction(board, { id: 'r1', name: 'Amy Lee', replacement: 'the SENCo' });
    const refused = (run: () => unknown) => expect(run).toThrow(BoardOperationError);
    refused(() => addRedaction(board, { name: 'amy  lee', replacement: 'A.L.' }));
    refused(() => addRedaction(board, { name: 'ＡＭＹ Le\u00ADe', replacement: 'A.L.' }));
    refused(() => addRedaction(board, { name: 'Bo', replacement: 'Amy L\u200Bee\u2019s aide' }));
    refused(() => addRedaction(board, { name: ' ', replacement: 'x' }));
    refused(() => addRedaction(board, { name: '...', replacement: 'x' }));
    refused(() => addRedaction(board, { name: 'Bo', replacement: '' }));
    refused(() => addRedaction(board, { name: 'Bo', replacement: "Amy Lee's deputy" }));
    refused(() => addRedaction(board, { name: 'SENCo', replacement: 'S.' }));
    refused(() => addRedaction(board, { name: 'Kit', replacement: 'Kit' }));
    refused(() => editRedaction(board, 'r1', { replacement: 'amy lee' }));
    expect(board.count('redactions')).toBe(1);
  });
});
