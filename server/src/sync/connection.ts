import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebSocket } from 'ws';
import {
  canEditBoard,
  closeCode,
  encodeAck,
  encodeServerTime,
  messageType,
  readMarker,
  type Role,
} from '@washup/shared';
import type { Metrics } from '../metrics';
import { syncStep1Message, syncStep2Message } from './outgoing';
import type { Room, RoomMember } from './room';

export interface ConnectionAccess {
  role: Role;
  participantId: string | null;
}

/** A frame the relay refuses: the socket is closed with this code and reason, the room goes on. */
class FrameRejected extends Error {
  constructor(
    readonly code: number,
    readonly metricReason: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One client's socket in one room: reads its frames in order, enforces what its role may write,
 * and keeps its send buffer bounded.
 */
export class Connection implements RoomMember {
  private readonly backlog: Uint8Array[] = [];
  private closed = false;
  readonly participantId: string | null;
  private readonly canWrite: boolean;

  constructor(
    private readonly socket: WebSocket,
    readonly room: Room,
    readonly access: ConnectionAccess,
    private readonly metrics: Metrics,
    private readonly limits: { maxBufferedBytes: number; maxFrameBytes: number },
    private readonly onClose: (connection: Connection) => void,
  ) {
    this.participantId = access.participantId;
    // The session doc is written only by the relay; hosts and observers read the board.
    this.canWrite = room.address.kind === 'board' && canEditBoard(access.role);
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer, isBinary: boolean) => this.receive(data, isBinary));
    socket.on('close', () => this.handleClose());
    socket.on('error', () => this.handleClose());
    room.join(this);
    room.ready.then(
      () => this.start(),
      (error: unknown) => {
        console.error(`loading ${room.name} failed`, error);
        this.close(1011, 'the board could not be loaded');
      },
    );
  }

  /** Storage is loaded: greet the client, then handle what it sent while it waited. */
  private start(): void {
    if (this.closed) return;
    this.send(syncStep1Message(this.room.doc));
    this.send(encodeServerTime(Date.now()));
    const presence = this.room.awarenessFrame();
    if (presence) this.send(presence);
    for (const frame of this.backlog.splice(0)) this.handle(frame);
  }

  private receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.reject(new FrameRejected(closeCode.unsupportedData, 'text-frame', 'text frames are not part of the protocol'));
      return;
    }
    if (data.byteLength > this.limits.maxFrameBytes) {
      const limit = this.limits.maxFrameBytes;
      this.reject(new FrameRejected(closeCode.messageTooBig, 'too-big', `frame of ${data.byteLength} bytes is over the ${limit}-byte limit`));
      return;
    }
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.room.isReady) this.handle(frame);
    else this.backlog.push(frame);
  }

  private handle(frame: Uint8Array): void {
    if (this.closed) return;
    try {
      this.dispatch(frame);
    } catch (error) {
      this.reject(
        error instanceof FrameRejected
          ? error
          : new FrameRejected(closeCode.policyViolation, 'malformed', `malformed frame: ${describe(error)}`),
      );
    }
  }

  private dispatch(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case messageType.sync:
        this.handleSync(decoder);
        return;
      case messageType.awareness:
        this.room.applyAwareness(decoding.readVarUint8Array(decoder), this);
        return;
      case messageType.queryAwareness: {
        const presence = this.room.awarenessFrame();
        if (presence) this.send(presence);
        return;
      }
      case messageType.ackRequest: {
        const marker = readMarker(decoder);
        this.room.whenDurable().then(() => {
          this.metrics.acksSent += 1;
          this.send(encodeAck(marker));
        }, () => undefined);
        return;
      }
      case messageType.timeRequest:
        this.send(encodeServerTime(Date.now()));
        return;
      default:
        throw new FrameRejected(closeCode.unsupportedData, 'unknown-type', `unknown message type ${type}`);
    }
  }

  private handleSync(decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1:
        this.send(syncStep2Message(this.room.doc, decoding.readVarUint8Array(decoder)));
        return;
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        if (!this.canWrite) {
          // Read-only clients still answer the sync handshake; their writes are dropped, not fatal.
          this.metrics.reject('read-only');
          return;
        }
        try {
          this.room.applyClientUpdate(update, this);
        } catch (error) {
          throw new FrameRejected(closeCode.policyViolation, 'bad-update', `update does not decode: ${describe(error)}`);
        }
        return;
      }
      default:
        throw new FrameRejected(closeCode.unsupportedData, 'unknown-sync-type', `unknown sync message type ${syncType}`);
    }
  }

  private reject(rejection: FrameRejected): void {
    this.metrics.reject(rejection.metricReason);
    this.close(rejection.code, rejection.message);
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.metrics.reject('backpressure');
      this.close(closeCode.tryAgainLater, 'too far behind; reconnect to resync');
      return;
    }
    this.socket.send(frame, (error) => {
      if (error) this.handleClose();
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    // A close reason is limited to 123 bytes by the protocol.
    this.socket.close(code, truncateUtf8(reason, 123));
    this.handleClose();
  }

  private handleClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.backlog.length = 0;
    this.room.leave(this);
    this.onClose(this);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function truncateUtf8(text: string, maxBytes: number): string {
  let result = text;
  while (Buffer.byteLength(result) > maxBytes) result = result.slice(0, -1);
  return result;
}
