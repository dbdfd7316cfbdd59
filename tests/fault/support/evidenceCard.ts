import type { NewCard } from '@washup/shared/board';
import { newCard } from '../../../server/test/support/boardContent';

/** A well-formed card as a reviewer's capture form would write it, by `authorId`, now. */
export function evidenceCard(observation: string, authorId: string): NewCard {
  return newCard(observation, { authorId, authorName: authorId, capturedAt: Date.now() });
}
