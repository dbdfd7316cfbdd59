import { addCard, boardView, type BoardDoc, type Card, type CardTarget } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';

/** The evidence the board specs work with, on the SPP enquiry template, and ways to lay it out. */

export const reasoning = 'Q1 How well do pupils explain their reasoning?';

export const evidence = [
  { observation: 'Pupils in Year 5 explained their reasoning to a partner', activity: 'lesson visit', stakeholder: 'pupils', site: 'Main site', questions: [reasoning] },
  { observation: 'Pupils said they enjoy explaining their thinking', activity: 'focus group', stakeholder: 'pupils', site: 'Juniors', questions: [reasoning] },
  { observation: 'Teachers plan paired talk into every maths lesson', activity: 'interview', stakeholder: 'teachers', site: 'Main site' },
  { observation: 'Books show little written reasoning in Year 3', activity: 'work scrutiny', stakeholder: 'pupils', site: 'Juniors' },
] as const;

export const reviewerName = 'Rae Reviewer';

/** A lane of the board, found by its heading's title. */
export function laneTarget(board: BoardDoc, headingTitle: string, lane: LaneId): CardTarget & { kind: 'lane' } {
  const found = boardView(board).headings.find(({ heading }) => heading.title === headingTitle);
  if (!found) throw new Error(`the template has no heading "${headingTitle}"`);
  return { kind: 'lane', headingId: found.heading.id, lane };
}

/** Every card as the reviewer (or `author`) captured it (no key questions), each sent where `placeOf` says. */
export function addEvidence(board: BoardDoc, placeOf: (index: number) => CardTarget, author = { id: 'rae', name: reviewerName }): Card[] {
  return evidence.map((card, index) =>
    addCard(
      board,
      {
        observation: card.observation,
        activity: card.activity,
        stakeholder: card.stakeholder,
        site: card.site,
        keyQuestionIds: [],
        valence: 'neutral',
        counterEvidence: false,
        authorId: author.id,
        authorName: author.name,
        capturedAt: Date.now(),
      },
      placeOf(index),
    ),
  );
}
