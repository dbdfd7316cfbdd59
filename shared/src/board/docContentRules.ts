import type { CollectionName, RecordTypes } from './boardDoc';

/**
 * What a document may hold, for the relay's check of each client write. The board doc holds every
 * collection and the board's settings but never a reviewer-learning card; a participant's private
 * doc holds only their own reviewer-learning cards, and nothing else at all.
 */
export interface DocContentRules {
  /** Whether the doc holds the board's settings, and other roots a plain Yjs relay leaves alone. */
  readonly boardWide: boolean;
  /** Why this readable record may not be written to the doc, in the words of a close reason; null when it may. */
  recordProblem<Name extends CollectionName>(name: Name, record: RecordTypes[Name]): string | null;
}

export const boardDocRules: DocContentRules = {
  boardWide: true,
  recordProblem(name, record) {
    if (name === 'cards' && (record as RecordTypes['cards']).privateLearning) {
      return "a reviewer-learning card belongs in its author's private doc, never in the board doc";
    }
    return null;
  },
};

export function privateDocRules(participantId: string): DocContentRules {
  return {
    boardWide: false,
    recordProblem(name, record) {
      if (name !== 'cards') return 'a private doc holds reviewer-learning cards only';
      const card = record as RecordTypes['cards'];
      if (!card.privateLearning) return 'a private doc holds reviewer-learning cards only, and this card is shared';
      if (card.placement !== null) return 'a reviewer-learning card has no place on the board';
      if (card.authorId !== participantId) return "a private doc holds its own participant's cards only";
      return null;
    },
  };
}
