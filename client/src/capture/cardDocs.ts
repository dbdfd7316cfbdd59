import { addCard, BoardOperationError, deleteCard, editCard, type BoardDoc, type Card, type CardContent, type NewCard } from '@washup/shared/board';
import { withoutEmptyFields } from './captureDraft';

/**
 * The two docs a participant who may edit writes cards to: the board doc everyone reads, and
 * their own private doc, which holds their reviewer learning and nothing else.
 */
export interface CardDocs {
  board: BoardDoc;
  privateDoc: BoardDoc;
  /** Whose private doc it is: only their own cards may go in. */
  participantId: string;
}

const onlyAuthorKeepsLearning = "only the card's author can keep it as their reviewer learning";

/** Where a card with this tick lives. */
function docOf(docs: CardDocs, privateLearning: boolean | undefined): BoardDoc {
  return privateLearning === true ? docs.privateDoc : docs.board;
}

/** Adds a captured card: reviewer learning to the author's private doc, everything else to the board's inbox. */
export function addCapturedCard(docs: CardDocs, card: NewCard): Card {
  if (card.privateLearning === true && card.authorId !== docs.participantId) throw new BoardOperationError('invalid', onlyAuthorKeepsLearning);
  return addCard(docOf(docs, card.privateLearning), card);
}

/**
 * Saves an edit of `card`. Ticking or unticking "Reviewer learning" moves the card to the other
 * doc (made shared, it lands in the inbox): written there first and only then deleted where it
 * was, so an interruption between the two leaves a copy in each rather than none.
 */
export function saveCardEdit(docs: CardDocs, card: Card, content: CardContent): Card {
  const from = docOf(docs, card.privateLearning);
  const to = docOf(docs, content.privateLearning);
  if (from === to) return editCard(from, card.id, content);
  if (to === docs.privateDoc && card.authorId !== docs.participantId) throw new BoardOperationError('invalid', onlyAuthorKeepsLearning);
  // A copy left there by an interrupted move is edited rather than added twice.
  const moved = to.get('cards', card.id)
    ? editCard(to, card.id, content)
    : addCard(to, { ...withoutEmptyFields(content), id: card.id, authorId: card.authorId, authorName: card.authorName, capturedAt: card.capturedAt });
  deleteCard(from, card.id);
  return moved;
}
