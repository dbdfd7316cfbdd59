import type { z } from 'zod';
import { findTemplate } from '../templates/catalogue';
import type { BoardDoc } from './boardDoc';
import { BoardOperationError } from './boardOperationError';
import { validated } from './recordChecks';
import { addHeading } from './headingOps';
import { newId } from './newId';
import type { SiblingPosition } from './ordering';
import { headingSchema, keyQuestionSchema, type KeyQuestion, type KeyQuestionStatus } from './records';
import { reorderRecord, updateRecord } from './recordUpdate';
import { putOrdered } from './reposition';
import { truncateAtWord } from './textTruncation';

export type NewKeyQuestion = Omit<z.input<typeof keyQuestionSchema>, 'id' | 'order' | 'status'> & {
  id?: string;
  status?: KeyQuestionStatus;
};

const headingTitleLength = headingSchema.shape.title.maxLength ?? 200;

function sameTitle(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Trust Peer Review has a heading per agreed key question. The heading takes the question's id, so
 * two facilitators agreeing the same question at once write one heading, not two.
 */
function ensureHeadingForAgreedQuestion(board: BoardDoc, question: KeyQuestion): void {
  const template = findTemplate(board.meta?.templateId ?? '');
  if (question.status !== 'agreed' || !template?.headingPerKeyQuestion) return;
  const title = truncateAtWord(question.text, headingTitleLength);
  const headings = board.list('headings');
  if (headings.some((heading) => heading.id === question.id || sameTitle(heading.title, title))) return;
  addHeading(board, { id: question.id, title, description: question.text.length > headingTitleLength ? question.text : '' });
}

export function addKeyQuestion(board: BoardDoc, input: NewKeyQuestion, position: SiblingPosition = 'end'): KeyQuestion {
  const draft = { ...input, status: input.status ?? 'draft', id: input.id ?? newId(), order: 'a0' };
  const question = validated(keyQuestionSchema, draft, 'key question');
  if (board.get('keyQuestions', question.id)) {
    throw new BoardOperationError('invalid', `a key question with id ${question.id} already exists`);
  }
  return board.transact(() => {
    const added = putOrdered(board, 'keyQuestions', question, board.list('keyQuestions'), position);
    ensureHeadingForAgreedQuestion(board, added);
    return added;
  });
}

export function editKeyQuestion(board: BoardDoc, questionId: string, text: string): KeyQuestion {
  return updateRecord(board, 'keyQuestions', questionId, { text });
}

/** Agreeing a question on a heading-per-question template also adds its heading, if none has that title. */
export function setKeyQuestionStatus(board: BoardDoc, questionId: string, status: KeyQuestionStatus): KeyQuestion {
  return board.transact(() => {
    const next = updateRecord(board, 'keyQuestions', questionId, { status });
    ensureHeadingForAgreedQuestion(board, next);
    return next;
  });
}

export function reorderKeyQuestion(board: BoardDoc, questionId: string, position: SiblingPosition): KeyQuestion {
  return reorderRecord(board, 'keyQuestions', questionId, position);
}

/**
 * Removes a key question and strips it from the cards that answered it. A card a peer tags with it
 * at the same moment keeps the stale id; the views ignore ids of questions that are gone.
 */
export function removeKeyQuestion(board: BoardDoc, questionId: string): void {
  if (!board.get('keyQuestions', questionId)) return;
  board.transact(() => {
    for (const card of board.list('cards')) {
      if (card.keyQuestionIds.includes(questionId)) {
        board.put('cards', { ...card, keyQuestionIds: card.keyQuestionIds.filter((id) => id !== questionId) });
      }
    }
    board.remove('keyQuestions', questionId);
  });
}
