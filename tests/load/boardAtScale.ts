import { activities, addCard, addKeyQuestion, boardDocOf, boardView, createThemeFromCards, stakeholders, type BoardDoc, type CardTarget } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';
import type * as Y from 'yjs';

export interface BoardScale {
  cards: number;
  themes: number;
}

const lanes: readonly LaneId[] = ['strengths', 'nextSteps'];
const sites = ['Main site', 'Juniors', 'Sixth form', 'Annexe'];

/** A tenth of the cards wait in the inbox; the rest are spread over every heading's two lanes. */
function placeOf(index: number, headingIds: readonly string[]): CardTarget {
  if (index % 10 === 0) return { kind: 'inbox' };
  return { kind: 'lane', headingId: headingIds[index % headingIds.length]!, lane: lanes[Math.floor(index / headingIds.length) % 2]! };
}

/**
 * Fills a board the way a long review does, through the same shared operations the app calls:
 * varied sources (so triangulation has work to do), key questions, and themes of two cards each
 * taken lane by lane, so every lane ends up with both themes and loose cards.
 */
export function seedBoardAtScale(doc: Y.Doc, scale: BoardScale): BoardDoc {
  const board = boardDocOf(doc);
  const headingIds = boardView(board).headings.map((entry) => entry.heading.id);
  board.transact(() => {
    const questionIds = ['Reading', 'Behaviour', 'Curriculum', 'Inclusion'].map(
      (topic) => addKeyQuestion(board, { text: `How well does the school lead ${topic.toLowerCase()}?` }).id,
    );
    const byLane = new Map<string, string[]>();
    for (let i = 0; i < scale.cards; i++) {
      const target = placeOf(i, headingIds);
      const card = addCard(
        board,
        {
          observation: `Observation ${i}: pupils in year ${(i % 6) + 1} explained their reasoning to a partner`,
          activity: activities[i % activities.length]!,
          stakeholder: stakeholders[i % stakeholders.length]!,
          site: sites[i % sites.length]!,
          keyQuestionIds: [questionIds[i % questionIds.length]!],
          valence: i % 2 === 0 ? 'strength' : 'nextStep',
          counterEvidence: i % 37 === 0,
          authorId: `reviewer-${i % 7}`,
          authorName: `Reviewer ${i % 7}`,
          capturedAt: 1_790_000_000_000 + i,
        },
        target,
      );
      if (target.kind === 'lane') {
        const key = `${target.headingId}:${target.lane}`;
        byLane.set(key, [...(byLane.get(key) ?? []), card.id]);
      }
    }
    const pools = [...byLane.values()];
    for (let t = 0; t < scale.themes; t++) {
      const [first, second] = pools[t % pools.length]!.splice(0, 2);
      if (first && second) createThemeFromCards(board, second, first, { title: `Theme ${t}: pupils explain their reasoning` });
    }
  });
  return board;
}
