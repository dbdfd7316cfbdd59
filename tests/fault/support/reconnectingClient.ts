import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addCard, boardDocOf } from '@washup/shared/board';
import { encodeAckRequest, messageType, readMarker } from '@washup/shared/sync';
import { evidenceCard } from './evidenceCard';

/** Cards written together, and the ack request that covers them on the current socket (null: not asked yet). */
interface Unacknowledged {
  ids: string[];
  marker: number | null;
}

/**
 * A board client that behaves as Washup's app does towards the relay: it keeps every change it
 * has not seen acknowledged, reconnects when its socket closes (through the load balancer, so it
 * lands on whichever relay is alive), sends the relay what it lacks in the handshake, and asks
 * again for the acknowledgement of everything still unacknowledged. It knows which relay served
 * each socket from the load balancer's X-Washup-Relay header.
 */
export class ReconnectingClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Cards the relay acknowledged as durable. */
  readonly acknowledged = new Set<string>();
  /** The relay serving the current socket, once its upgrade answered. */
  relay: string | null = null;
  reconnects = 0;
  private socket: WebSocket | null = null;
  private handshakeDone = false;
  private stopped = false;
  private nextMarker = 0;
  private readonly unacknowledged: Unacknowledged[] = [];
  private readonly syncedWaiters: Array<() => void> = [];

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly options: { reconnect: boolean } = { reconnect: true },
  ) {
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.sendFrame(messageType.sync, (encoder) => syncProtocol.writeUpdate(encoder, update));
    });
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin !== 'local') return;
      const changed = [...added, ...updated, ...removed];
      this.sendFrame(messageType.awareness, (encoder) => encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
    });
    this.connect();
  }

  /** Resolves once the current socket has finished its handshake (the relay's state is here, ours is there). */
  synced(): Promise<void> {
    return this.handshakeDone ? Promise.resolve() : new Promise((resolve) => this.syncedWaiters.push(resolve));
  }

  get unacknowledgedCount(): number {
    return this.unacknowledged.reduce((sum, entry) => sum + entry.ids.length, 0);
  }

  /** Writes `count` cards in one update and asks for their acknowledgement. */
  writeCards(label: string, count = 1): string[] {
    const board = boardDocOf(this.doc);
    const ids: string[] = [];
    this.doc.transact(() => {
      for (let i = 0; i < count; i++) ids.push(addCard(board, evidenceCard(`${label}${count > 1 ? `.${i}` : ''}`, 'writer')).id);
    });
    const entry: Unacknowledged = { ids, marker: null };
    this.unacknowledged.push(entry);
    if (this.handshakeDone) entry.marker = this.requestAck();
    return ids;
  }

  setPresence(state: Record<string, unknown>): void {
    this.awareness.setLocalState(state);
  }

  /** Closes the socket for good. */
  stop(): void {
    this.stopped = true;
    this.socket?.terminate();
    this.awareness.destroy();
  }

  private connect(): void {
    const socket = new WebSocket(this.url, [this.token]);
    this.socket = socket;
    this.handshakeDone = false;
    socket.binaryType = 'nodebuffer';
    socket.on('upgrade', (response) => {
      const served = response.headers['x-washup-relay'];
      this.relay = typeof served === 'string' ? served : null;
    });
    socket.on('open', () => {
      this.sendFrame(messageType.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
      if (this.awareness.getLocalState() !== null) {
        const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
        this.sendFrame(messageType.awareness, (encoder) => encoding.writeVarUint8Array(encoder, update));
      }
    });
    socket.on('message', (data: Buffer) => {
      if (socket === this.socket) this.receive(new Uint8Array(data));
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.handshakeDone = false;
      this.relay = null;
      // Acks asked for on the closed socket will never come: ask again on the next one.
      for (const entry of this.unacknowledged) entry.marker = null;
      if (this.stopped || !this.options.reconnect) return;
      this.reconnects += 1;
      setTimeout(() => {
        if (!this.stopped) this.connect();
      }, 100);
    });
  }

  private receive(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === messageType.sync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, messageType.sync);
      const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (encoding.length(reply) > 1) this.socket?.send(encoding.toUint8Array(reply));
      // Our answer to the relay's step 1 carried everything it lacks: ask for all of it to be acknowledged.
      if (syncType === syncProtocol.messageYjsSyncStep1) this.askForOutstandingAcks();
      if (syncType === syncProtocol.messageYjsSyncStep2) {
        this.handshakeDone = true;
        this.askForOutstandingAcks();
        for (const resolve of this.syncedWaiters.splice(0)) resolve();
      }
    } else if (type === messageType.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    } else if (type === messageType.ack) {
      const marker = readMarker(decoder);
      for (let i = this.unacknowledged.length - 1; i >= 0; i--) {
        const entry = this.unacknowledged[i]!;
        if (entry.marker !== null && entry.marker <= marker) {
          for (const id of entry.ids) this.acknowledged.add(id);
          this.unacknowledged.splice(i, 1);
        }
      }
    }
  }

  private askForOutstandingAcks(): void {
    const waiting = this.unacknowledged.filter((entry) => entry.marker === null);
    if (waiting.length === 0 || !this.socket) return;
    const marker = this.requestAck();
    for (const entry of waiting) entry.marker = marker;
  }

  private requestAck(): number {
    const marker = ++this.nextMarker;
    this.socket?.send(encodeAckRequest(marker));
    return marker;
  }

  private sendFrame(type: number, write: (encoder: encoding.Encoder) => void): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    write(encoder);
    this.socket.send(encoding.toUint8Array(encoder));
  }
}
