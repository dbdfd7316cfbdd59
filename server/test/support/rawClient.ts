import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeAckRequest, messageType, readMarker } from '@washup/shared/sync';

export interface Closed {
  code: number;
  reason: string;
}

/**
 * A minimal sync client over a bare socket, for tests that count acknowledgements or send frames
 * the stock provider never would.
 */
export class RawSyncClient {
  readonly doc = new Y.Doc();
  readonly socket: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<Closed>;
  /** The highest marker the relay has acknowledged as durable. */
  ackedMarker = 0;
  private nextMarker = 0;
  private readonly ackWaiters: Array<{ marker: number; resolve: () => void }> = [];
  synced: Promise<void>;

  constructor(url: string, token: string, options: { protocols?: string[] } = {}) {
    this.socket = options.protocols
      ? new WebSocket(url, options.protocols)
      : new WebSocket(`${url}?token=${encodeURIComponent(token)}`);
    this.socket.binaryType = 'nodebuffer';
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      this.socket.once('error', reject);
    });
    this.closed = new Promise((resolve) => {
      this.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    let markSynced!: () => void;
    const handshake = new Promise<void>((resolve) => (markSynced = resolve));
    this.synced = this.opened.then(() => handshake);
    // Tests that expect a refusal await `opened` only; mark this branch handled for them.
    this.synced.catch(() => undefined);
    this.socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === messageType.sync) {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, messageType.sync);
        const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
        if (encoding.length(reply) > 1) this.send(encoding.toUint8Array(reply));
        if (syncType === syncProtocol.messageYjsSyncStep2) markSynced();
      } else if (type === messageType.ack) {
        this.ackedMarker = Math.max(this.ackedMarker, readMarker(decoder));
        for (const waiter of this.ackWaiters.filter((w) => w.marker <= this.ackedMarker)) {
          this.ackWaiters.splice(this.ackWaiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageType.sync);
      syncProtocol.writeUpdate(encoder, update);
      this.send(encoding.toUint8Array(encoder));
    });
    this.opened.then(
      () => {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, messageType.sync);
        syncProtocol.writeSyncStep1(encoder, this.doc);
        this.send(encoding.toUint8Array(encoder));
      },
      () => undefined,
    );
  }

  send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  /** Asks the relay to confirm everything sent so far; resolves when it has. */
  requestAck(): { marker: number; acked: Promise<void> } {
    const marker = ++this.nextMarker;
    const acked = new Promise<void>((resolve) => this.ackWaiters.push({ marker, resolve }));
    this.send(encodeAckRequest(marker));
    return { marker, acked };
  }

  close(): void {
    this.socket.close();
  }
}
