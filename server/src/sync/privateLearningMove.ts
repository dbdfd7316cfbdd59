import { boardDocOf, putLearningInPrivateDoc, takePrivateLearningOut, type DocAddress } from '@washup/shared/board';
import type { Room } from './room';

/** Runs relay work on a loaded room: RoomRegistry.withRoom. */
export type WithRoom = <T>(address: DocAddress, work: (room: Room) => T) => Promise<T>;

/**
 * Moves the reviewer-learning cards a board doc still holds (boards stored before private docs
 * existed) into their authors' private docs, while the board doc loads. Each author's cards are
 * durable in their private doc before the board doc's deletion is stored, so a crash in between
 * moves them again next time (a card the private doc already has is left as it is there) and
 * loses none; then the board doc's stored history is compacted so their text is gone from storage.
 */
export async function movePrivateLearningOut(board: Room, withRoom: WithRoom): Promise<void> {
  const { boardId } = board.address;
  await board.rewriteStored(
    (origin) => takePrivateLearningOut(boardDocOf(board.doc), origin),
    async (byAuthor) => {
      for (const [authorId, cards] of byAuthor) {
        await withRoom({ boardId, kind: 'private', participantId: authorId }, (room) => {
          room.change((doc) => putLearningInPrivateDoc(boardDocOf(doc), cards));
          return room.whenDurable();
        });
      }
    },
  );
}
