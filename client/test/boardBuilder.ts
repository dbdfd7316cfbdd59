import * as Y from 'yjs';
import { addCard, addHeading, boardDocOf, type BoardDoc, type NewCard } from '@washup/shared/board';
import { findTemplate } from '@washup/shared/templates';

/** A board on the SPP template's lanes with two headings, `h1` and `h2`, and nothing else. */
export function twoHeadingBoard(): BoardDoc {
  const board = boardDocOf(new Y.Doc());
  const template = findTemplate('spp-enquiry');
  if (!template) throw new Error('no spp-enquiry template');
  board.setMeta({ title: 'Review', templateId: template.id, createdAt: 1_700_000_000_000, lanes: template.lanes });
  addHeading(board, { id: 'h1', title: 'Our impact' });
  addHeading(board, { id: 'h2', title: 'Looking forward' });
  return board;
}

export function card(id: string, overrides: Partial<NewCard> = {}): NewCard {
  return {
    id,
    observation: `Observation ${id}`,
    activity: 'lesson visit',
    keyQuestionIds: [],
    valence: 'strength',
    counterEvidence: false,
    authorId: 'rev-1',
    authorName: 'Rae',
    capturedAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** Cards loose in the first heading's strengths lane, in the order given. */
export function looseCards(board: BoardDoc, ...ids: string[]): void {
  for (const id of ids) addCard(board, card(id), { kind: 'lane', headingId: 'h1', lane: 'strengths' });
}
