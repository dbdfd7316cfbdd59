import * as Y from 'yjs';
import { BoardDoc } from '../../../src/board/boardDoc';
import type { NewCard } from '../../../src/board/cardOps';
import { addHeading } from '../../../src/board/headingOps';
import type { ResolvedPlacement } from '../../../src/board/placement';
import { resolvePlacement } from '../../../src/board/placement';
import { findTemplate } from '../../../src/templates/catalogue';

export const capturedAt = 1_700_000_000_000;

/** An empty board on the given template, with two headings `h1` and `h2` unless told otherwise. */
export function emptyBoard(templateId = 'custom', headingIds: readonly string[] = ['h1', 'h2']): BoardDoc {
  const board = new BoardDoc(new Y.Doc());
  const template = findTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  board.setMeta({ title: 'Review', templateId, createdAt: capturedAt, lanes: template.lanes });
  for (const id of headingIds) addHeading(board, { id, title: `Heading ${id}` });
  return board;
}

export function cardInput(overrides: Partial<NewCard> = {}): NewCard {
  return {
    observation: 'Pupils explained their reasoning to each other',
    activity: 'lesson visit',
    keyQuestionIds: [],
    valence: 'strength',
    counterEvidence: false,
    authorId: 'rev-1',
    authorName: 'Rae',
    capturedAt,
    ...overrides,
  };
}

export function whereIs(board: BoardDoc, cardId: string): ResolvedPlacement | undefined {
  const card = board.get('cards', cardId);
  return card && resolvePlacement(card, board);
}

export function ids(records: readonly { id: string }[]): string[] {
  return records.map((record) => record.id);
}

/** A second peer's copy of the board, as it would be after syncing. */
export function peerOf(board: BoardDoc): BoardDoc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(board.doc));
  return new BoardDoc(doc);
}

/** Exchanges everything between the peers, each receiving the others' state. */
export function syncAll(...boards: BoardDoc[]): void {
  for (const from of boards) {
    for (const to of boards) if (from !== to) Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));
  }
}
