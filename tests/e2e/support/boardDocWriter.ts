import { boardDocOf, type BoardDoc, type Idea } from '@washup/shared/board';
import { addIdea } from '@washup/shared/session';
import { RawSyncClient } from '../../../server/test/support/rawClient';

/**
 * Sets the scene on a board's doc as another editor's device would: through the relay's sync
 * socket, returning once the relay has the change on disk. Faster than doing it through the UI,
 * for tests whose concern is what people do next.
 */
export async function writeBoardDoc(relayUrl: string, boardId: string, editorToken: string, change: (board: BoardDoc) => void): Promise<void> {
  const client = new RawSyncClient(`${relayUrl.replace(/^http/, 'ws')}/sync/${boardId}`, editorToken);
  try {
    await client.synced;
    change(boardDocOf(client.doc));
    await client.requestAck().acked;
  } finally {
    client.close();
  }
}

/** An idea offered in a Council or PSTB session, written as the device holding `editorToken` writes it; returns its id. */
export async function writeIdea(relayUrl: string, boardId: string, editorToken: string, idea: Omit<Idea, 'id'>): Promise<string> {
  let ideaId = '';
  await writeBoardDoc(relayUrl, boardId, editorToken, (board) => {
    ideaId = addIdea(board, idea).id;
  });
  return ideaId;
}
