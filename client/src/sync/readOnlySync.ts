import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { messageType } from '@washup/shared/sync';

/**
 * Makes a provider only receive: for the board of a host or an observer, and for every session
 * doc (only the relay writes it). The stock provider sends every local change and answers the
 * relay's sync step 1 with whatever the relay lacks. On a doc this device only reads, those
 * changes are the clean-up deletions YKeyValue makes on every copy when it sees a record written
 * twice; the writers' devices make the same deletions, so nothing is lost by keeping them here,
 * and the relay refuses a write from a read-only link by closing the socket.
 */
export function receiveOnly(provider: WebsocketProvider): void {
  provider.doc.off('update', provider._updateHandler);
  const readSync = provider.messageHandlers[messageType.sync];
  provider.messageHandlers[messageType.sync] = (encoder, decoder, current, emitSynced, type) => {
    if (decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep1) return;
    readSync?.(encoder, decoder, current, emitSynced, type);
  };
}
