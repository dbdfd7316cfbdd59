import type { BoardDoc } from './boardDoc';
import type { Card } from './records';

/** The reviewer-learning cards a board doc still holds (boards stored before private docs existed), of one author or of all. */
function learningOnBoard(board: BoardDoc, authorId?: string): Card[] {
  // Almost every board has none, and the board doc refuses new ones: look before reading every card.
  if (!board.mayHold('cards', 'privateLearning', true)) return [];
  return board.list('cards').filter((card) => card.privateLearning && (authorId === undefined || card.authorId === authorId));
}

/**
 * Takes every reviewer-learning card out of a board doc in one transaction (so peers and storage
 * see one deletion) and returns them by author, for their authors' private docs. Boards stored
 * before private docs existed kept these cards in the board doc, where every role received them.
 */
export function takePrivateLearningOut(board: BoardDoc, origin?: unknown): Map<string, Card[]> {
  const byAuthor = new Map<string, Card[]>();
  const cards = learningOnBoard(board);
  if (cards.length === 0) return byAuthor;
  board.transact(() => {
    for (const card of cards) {
      board.remove('cards', card.id);
      const own = byAuthor.get(card.authorId) ?? [];
      own.push({ ...card, placement: null });
      byAuthor.set(card.authorId, own);
    }
  }, origin);
  return byAuthor;
}

/**
 * Puts reviewer-learning cards into their author's private doc, leaving any already there as they
 * are: a move interrupted after this step runs again and must neither duplicate nor undo edits.
 */
export function putLearningInPrivateDoc(privateDoc: BoardDoc, cards: readonly Card[]): void {
  privateDoc.transact(() => {
    for (const card of cards) if (!privateDoc.get('cards', card.id)) privateDoc.put('cards', { ...card, placement: null });
  });
}

/**
 * On a participant's own device: moves their reviewer learning that this device's copy of the
 * board doc still holds (captured offline by an older Washup, not sent yet) into their private
 * doc, written there first and only then deleted from the board, so nothing is lost between. The
 * relay refuses a board doc change that carries reviewer learning; others' cards are theirs to move.
 */
export function moveOwnLearningOffBoard(board: BoardDoc, privateDoc: BoardDoc, participantId: string): void {
  const own = learningOnBoard(board, participantId);
  if (own.length === 0) return;
  putLearningInPrivateDoc(privateDoc, own);
  board.transact(() => {
    for (const card of own) board.remove('cards', card.id);
  });
}
