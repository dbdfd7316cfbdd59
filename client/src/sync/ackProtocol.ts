import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { encodeAckRequest, messageType, readMarker } from '@washup/shared/sync';
import type { SaveTracker } from './SaveTracker';

/**
 * Washup's save tracking on a y-websocket provider.
 *
 * - After each local change (coalesced per tick, after the provider has sent the update) an ack
 *   request goes out with the tracker's marker; the relay acks it once everything before it is on
 *   disk.
 * - On each (re)connect, the relay's sync step 1 is answered by the provider with everything the
 *   relay lacks — including changes made offline — so a marker follows that reply. Until then no
 *   marker is sent on the new socket: it could overtake offline changes not yet sent.
 *
 * Returns a function that removes the update listener.
 */
export function installAckProtocol(
  provider: WebsocketProvider,
  tracker: SaveTracker,
  isLocalOrigin: (origin: unknown) => boolean,
): () => void {
  /** Sockets on which the provider has answered the relay's sync step 1. */
  const caughtUp = new WeakSet<WebSocket>();

  const sendMarker = () => {
    const ws = provider.ws;
    if (!ws || ws.readyState !== ws.OPEN || !caughtUp.has(ws)) return;
    ws.send(encodeAckRequest(tracker.marker));
  };

  const answerSync = provider.messageHandlers[messageType.sync];
  provider.messageHandlers[messageType.sync] = (encoder, decoder, current, emitSynced, type) => {
    const syncType = decoding.peekVarUint(decoder);
    answerSync?.(encoder, decoder, current, emitSynced, type);
    // `emitSynced` is false for messages from other tabs (BroadcastChannel), which need no marker.
    if (syncType !== syncProtocol.messageYjsSyncStep1 || !emitSynced) return;
    const ws = current.ws;
    // The provider sends its reply right after this handler returns; the marker must follow it.
    queueMicrotask(() => {
      if (!ws || ws !== current.ws) return;
      caughtUp.add(ws);
      sendMarker();
    });
  };

  provider.messageHandlers[messageType.ack] = (_encoder, decoder) => {
    tracker.acknowledge(readMarker(decoder));
  };

  let markerScheduled = false;
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (!isLocalOrigin(origin)) return;
    tracker.recordLocalChange();
    if (markerScheduled) return;
    markerScheduled = true;
    queueMicrotask(() => {
      markerScheduled = false;
      sendMarker();
    });
  };
  // Registered after the provider's own listener, so the update frame is already on the socket.
  provider.doc.on('update', onUpdate);
  return () => provider.doc.off('update', onUpdate);
}
