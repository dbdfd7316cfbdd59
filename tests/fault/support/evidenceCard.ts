import type { NewCard } from '@washup/shared/board';

/** A well-formed card as a reviewer's capture form would write it. */
export function evidenceCard(observation: string, authorId: string): NewCard {
  return {
    observation,
    activity: 'lesson visit',
    keyQuestionIds: [],
    valence: 'strength',
    counterEvidence: false,
    authorId,
    authorName: authorId,
    capturedAt: Date.now(),
  };
}
