import { promisify } from 'node:util';
import { deflateRaw, inflateRaw } from 'node:zlib';
import * as Y from 'yjs';
import { BoardDoc, boardDocRules, collectionNames } from '@washup/shared/board';

const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

/**
 * A point's state as stored: the board doc's V2 update, deflated (record text compresses several
 * times over), off the event loop's thread.
 */
export async function packState(state: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await deflate(state));
}

/**
 * A stored state as a board to read, in a doc of its own. Records the board doc may not hold
 * (reviewer learning) are dropped, so nothing read from a point can write one back.
 */
export async function unpackBoard(packed: Uint8Array): Promise<BoardDoc> {
  return boardOfState(new Uint8Array(await inflate(packed)));
}

export function boardOfState(state: Uint8Array): BoardDoc {
  const doc = new Y.Doc();
  Y.applyUpdateV2(doc, state);
  const board = new BoardDoc(doc);
  board.transact(() => {
    for (const collection of collectionNames) {
      for (const record of board.list(collection)) {
        if (boardDocRules.recordProblem(collection, record) !== null) board.remove(collection, record.id);
      }
    }
  });
  return board;
}
