import { addCard, boardDocOf } from '@washup/shared/board';
import type { RawSyncClient } from '../../../server/test/support/rawClient';
import { evidenceCard } from './evidenceCard';
import { within } from './within';

/**
 * Writes `count` cards in groups of `perAck`, one update and one acknowledgement per group, so the
 * store gets one commit per group; resolves with the acknowledged cards' ids.
 */
export async function writeAcknowledgedCards(client: RawSyncClient, count: number, perAck: number, label: string): Promise<string[]> {
  const board = boardDocOf(client.doc);
  const ids: string[] = [];
  for (let i = 0; i < count; i += perAck) {
    const group: string[] = [];
    // One transaction per group: one frame, as the app sends a burst of edits, within the relay's frame rate.
    client.doc.transact(() => {
      for (let j = i; j < Math.min(count, i + perAck); j++) group.push(addCard(board, evidenceCard(`${label} ${j}`, label)).id);
    });
    await within(client.requestAck().acked, 30_000, `the acknowledgement of ${label} cards ${i}…`);
    ids.push(...group);
  }
  return ids;
}

/** The ids among `ids` that the client's copy of the board lacks. */
export function missingCards(client: RawSyncClient, ids: readonly string[]): string[] {
  const board = boardDocOf(client.doc);
  return ids.filter((id) => !board.get('cards', id));
}
