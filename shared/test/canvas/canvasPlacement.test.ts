import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, moveCard } from '../../src/board/cardOps';
import { BoardOperationError } from '../../src/board/boardOperationError';
import { resolvePlacement } from '../../src/board/placement';
import { canvasEntryProblem, readCanvasEntry } from '../../src/canvas/canvasChecks';
import { CanvasDoc } from '../../src/canvas/canvasDoc';
import { inboxSlot, laneFrameBox, laneSlot, moveForDrop, spotOfPlacement } from '../../src/canvas/canvasLayout';
import { cardShapeId } from '../../src/canvas/canvasRecords';
import { nestsDeeperThan } from '../../src/canvas/jsonBounds';
import { themeFromCards } from '../../src/canvas/themeFromCards';
import { cardInput, emptyBoard } from '../board/support/boards';

describe('a card shape dropped on the canvas', () => {
  it('places its card in the lane of the frame it lies in, in the inbox on the page, and leaves it where it is otherwise', () => {
    const board = emptyBoard();
    const card = addCard(board, cardInput());
    const inbox = resolvePlacement(card, board);
    expect(moveForDrop({ kind: 'lane', headingId: 'h1', lane: 'strengths' }, inbox)).toEqual({ kind: 'lane', headingId: 'h1', lane: 'strengths' });
    expect(moveForDrop({ kind: 'page' }, inbox)).toBeNull();
    expect(moveForDrop({ kind: 'elsewhere' }, inbox)).toBeNull();

    const placed = moveCard(board, card.id, { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    const loose = resolvePlacement(placed, board);
    expect(spotOfPlacement(loose)).toEqual({ kind: 'lane', headingId: 'h1', lane: 'strengths' });
    expect(moveForDrop({ kind: 'lane', headingId: 'h1', lane: 'strengths' }, loose)).toBeNull();
    expect(moveForDrop({ kind: 'lane', headingId: 'h1', lane: 'nextSteps' }, loose)).toEqual({ kind: 'lane', headingId: 'h1', lane: 'nextSteps' });
    expect(moveForDrop({ kind: 'page' }, loose)).toEqual({ kind: 'inbox' });
  });

  it('keeps a themed card in its theme while it moves within its lane, and leaves reviewer learning alone', () => {
    const board = emptyBoard();
    const first = addCard(board, cardInput({ observation: 'One' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    const second = addCard(board, cardInput({ observation: 'Two' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    const theme = themeFromCards(board, [first.id, second.id]);
    const themed = resolvePlacement(board.get('cards', first.id) ?? first, board);
    expect(themed).toMatchObject({ kind: 'theme', themeId: theme.id });
    expect(moveForDrop({ kind: 'lane', headingId: 'h2', lane: 'nextSteps' }, themed)).toBeNull();
    expect(moveForDrop({ kind: 'page' }, { kind: 'private' })).toBeNull();
  });
});

describe('a theme from selected card shapes', () => {
  it('goes under the heading and lane of the first loose card, and every other card joins it, inbox cards too', () => {
    const board = emptyBoard();
    const inboxCard = addCard(board, cardInput({ observation: 'From the inbox' }));
    const anchor = addCard(board, cardInput({ observation: 'Reading is loved' }), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
    const third = addCard(board, cardInput({ observation: 'Library is busy' }), { kind: 'lane', headingId: 'h2', lane: 'nextSteps' });
    const theme = themeFromCards(board, [inboxCard.id, anchor.id, third.id]);
    expect(theme).toMatchObject({ headingId: 'h1', lane: 'strengths', title: 'Reading is loved' });
    for (const card of [inboxCard, anchor, third]) expect(board.get('cards', card.id)?.placement?.themeId).toBe(theme.id);
  });

  it('is refused, writing nothing, for fewer than two cards or when none lies loose in a lane', () => {
    const board = emptyBoard();
    const one = addCard(board, cardInput({ observation: 'One' }));
    const two = addCard(board, cardInput({ observation: 'Two' }));
    expect(() => themeFromCards(board, [one.id])).toThrow(BoardOperationError);
    expect(() => themeFromCards(board, [one.id, two.id])).toThrow(/put one of the cards loose under a heading first/);
    expect(board.list('themes')).toEqual([]);
  });
});

describe('where new shapes start', () => {
  it('lays lane frames in a grid, cards in rows of three inside them, and the inbox left of the frames', () => {
    expect(laneFrameBox(0, 'strengths')).toMatchObject({ x: 0, y: 0 });
    expect(laneFrameBox(1, 'nextSteps').x).toBeGreaterThan(laneFrameBox(1, 'strengths').x + laneFrameBox(1, 'strengths').w);
    expect(laneSlot(1).x).toBeGreaterThan(laneSlot(0).x);
    expect(laneSlot(3).y).toBeGreaterThan(laneSlot(0).y);
    // Past the frame's rows, cards are laid over the first ones, a little offset, still inside.
    expect(laneSlot(12).x).toBeGreaterThan(laneSlot(0).x);
    expect(laneSlot(12).x + 220).toBeLessThan(laneFrameBox(0, 'strengths').w);
    expect(inboxSlot(0).x + 3 * 244).toBeLessThanOrEqual(0);
  });
});

describe('canvas records as the relay and every reader read them', () => {
  it('reads a record stored under its own id and names what is wrong with any other', () => {
    const note = { id: 'shape:n1', typeName: 'shape', type: 'note', x: 1, y: 2, props: { color: 'yellow' }, meta: {} };
    expect(readCanvasEntry({ key: 'shape:n1', val: { record: note } })).toEqual({ ok: true, key: 'shape:n1', record: note });
    expect(canvasEntryProblem({ key: 'shape:n1', val: { v: 2, record: note } })).toMatch(/written at version 2 by a newer Washup/);
    expect(canvasEntryProblem({ key: 'page:p', val: { record: { ...note, id: 'page:p' } } })).toMatch(/its id does not start with its type name/);
    expect(canvasEntryProblem({ key: 'shape:n1', val: { record: { ...note, x: Number.NaN } } })).toMatch(/record\.x/);
    expect(canvasEntryProblem({ key: cardShapeId('c1'), val: { record: { ...note, id: cardShapeId('c1'), type: 'washup-card', props: { cardId: 'c2', w: 1, h: 1 } } } })).toMatch(
      /is not its card's one shape/,
    );
  });

  it('measures nesting without recursion, so a value nested 100,000 deep is refused rather than overflowing the stack', () => {
    let value: unknown = 'bottom';
    for (let level = 0; level < 100_000; level++) value = [value];
    expect(nestsDeeperThan(value, 10)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
  });

  it('skips and names an unreadable stored entry, and counts a lock that does not read as locked', () => {
    const doc = new Y.Doc();
    const canvas = new CanvasDoc(doc);
    doc.getArray('canvas').push([{ key: 'shape:bad', val: { record: { id: 'shape:bad' } } }]);
    canvas.put({ id: 'shape:good', typeName: 'shape', type: 'geo', x: 0, y: 0, props: {} });
    expect(canvas.list().map((record) => record.id)).toEqual(['shape:good']);
    expect(canvas.unreadable()).toHaveLength(1);
    expect(canvas.unreadable()[0]).toMatch(/canvas record shape:bad record\.typeName/);
    expect(canvas.locked).toBe(false);
    doc.getMap('canvasMeta').set('lock', { locked: 'maybe' });
    expect(canvas.locked).toBe(true);
  });
});
