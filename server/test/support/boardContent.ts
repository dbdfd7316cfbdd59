import { addCard, boardDocOf, boardView, createThemeFromCards, type NewCard } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';
import type { RawSyncClient } from './rawClient';

/** A reviewer's card as the relay tests write it: a strength Ana saw on a lesson visit, any field as given. */
export function newCard(observation: string, fields: Partial<NewCard> = {}): NewCard {
  return {
    observation,
    activity: 'lesson visit',
    keyQuestionIds: [],
    valence: 'strength',
    counterEvidence: false,
    authorId: 'rev-1',
    authorName: 'Ana',
    capturedAt: 1,
    ...fields,
  };
}

/** Writes `themesPerLane` two-card themes into each lane of the first heading, through a real client. */
export async function seedThemes(client: RawSyncClient, themesPerLane: number, lanes: LaneId[] = ['strengths', 'nextSteps']): Promise<string[]> {
  const board = boardDocOf(client.doc);
  const heading = boardView(board).headings[0]!.heading;
  const themeIds: string[] = [];
  for (const lane of lanes) {
    for (let i = 0; i < themesPerLane; i++) {
      const card = (observation: string) =>
        addCard(
          board,
          {
            observation,
            activity: i % 2 === 0 ? 'lesson visit' : 'interview',
            keyQuestionIds: [],
            valence: lane === 'strengths' ? 'strength' : 'nextStep',
            counterEvidence: false,
            authorId: 'seed',
            authorName: 'Seed',
            capturedAt: Date.now(),
          },
          { kind: 'lane', headingId: heading.id, lane },
        );
      const first = card(`${lane} evidence ${i} A`);
      const second = card(`${lane} evidence ${i} B`);
      themeIds.push(createThemeFromCards(board, second.id, first.id, { title: `${lane} theme ${i}` }).id);
    }
  }
  await client.requestAck().acked;
  return themeIds;
}

/** Adds one inbox card through a real client and waits until the relay says it is stored. */
export async function addSavedCard(client: RawSyncClient, observation: string): Promise<void> {
  addCard(boardDocOf(client.doc), {
    observation,
    activity: 'interview',
    keyQuestionIds: [],
    valence: 'strength',
    counterEvidence: false,
    authorId: 'test',
    authorName: 'Test',
    capturedAt: Date.now(),
  });
  await client.requestAck().acked;
}
