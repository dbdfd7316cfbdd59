import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { canEditBoard, isPersonRole, roleLabels } from '@washup/shared/auth';
import type { DocAddress } from '@washup/shared/board';
import type { PresenceSender } from '@washup/shared/presence';
import { closeCode, encodeAck, encodeServerTime, messageType, readMarker, type CloseCode } from '@washup/shared/sync';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { contained } from './contained';
import { Allowance, TrafficBudget, type TrafficLimits } from './frameBudget';
import { syncStep1Message } from './outgoing';
import { PresenceRefused } from './presenceGuard';
import type { Room, RoomMember } from './room';
import { updateChangesDoc } from './updateNovelty';
import { UpdateRefused } from './updateGuard';

export type ConnectionAccess = PresenceSender;

export interface ConnectionLimits {
  maxBufferedBytes: number;
  maxFrameBytes: number;
  socket: TrafficLimits;
  presenceFramesPerSecond: number;
}

/** How long a socket closed for flooding may take to finish the close handshake before it is cut. */
const floodCloseGraceMs = 1000;

/** A frame the relay refuses: the socket is closed with this code and reason, the room goes on. */
class FrameRejected extends Error {
  constructor(
    readonly code: CloseCode,
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
  private readonly socketBudget: TrafficBudget;
  private readonly presenceAllowance: Allowance;

  constructor(
    private readonly socket: WebSocket,
    readonly room: Room,
    readonly access: ConnectionAccess,
    private readonly metrics: Metrics,
    private readonly limits: ConnectionLimits,
    /** Shared by every socket of the same token. */
    private readonly tokenBudget: TrafficBudget,
    private readonly log: Logger,
    private readonly onClose: (connection: Connection) => void,
  ) {
    this.participantId = access.participantId;
    this.canWrite = mayWrite(room.address, access);
    this.socketBudget = new TrafficBudget(limits.socket);
    this.presenceAllowance = new Allowance(limits.presenceFramesPerSecond);
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer, isBinary: boolean) => contained(log, 'reading a frame', () => this.receive(data, isBinary)));
    socket.on('close', () => contained(log, 'closing a socket', () => this.handleClose()));
    socket.on('error', () => contained(log, 'closing a socket', () => this.handleClose()));
    room.join(this);
    room.ready.then(
      () => contained(log, `greeting a client of ${room.name}`, () => this.start()),
      (error: unknown) => {
        log.error({ err: error, doc: room.name }, 'loading the board failed');
        contained(log, 'closing a socket', () => this.close(closeCode.internalError, 'the board could not be loaded'));
      },
    );
  }

  /**
   * Storage is loaded: greet the client, then handle what it sent while it waited. Only the
   * y-websocket protocol is sent unasked; Washup's own frames go to clients that ask for them.
   */
  private start(): void {
    if (this.closed) return;
    this.send(syncStep1Message(this.room.doc));
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
    const overLimit = this.spend(1, data.byteLength);
    if (overLimit) {
      this.reject(overLimit);
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
        this.applyPresence(decoding.readVarUint8Array(decoder));
        return;
      case messageType.queryAwareness: {
        const presence = this.room.awarenessFrame();
        if (presence) this.answer(presence);
        return;
      }
      case messageType.ackRequest: {
        const marker = readMarker(decoder);
        this.room.whenDurable().then(
          () =>
            contained(this.log, 'sending an ack', () => {
              this.metrics.acksSent += 1;
              this.send(encodeAck(marker));
            }),
          () => undefined,
        );
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
        this.answer(this.room.answerSyncStep1(decoding.readVarUint8Array(decoder)));
        return;
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        if (!this.canWrite) {
          // A stock client answers the handshake with what it holds: fine while nothing in it is new.
          if (updateChangesDoc(this.room.doc, Y.decodeUpdate(update))) throw this.readOnlyRefusal();
          return;
        }
        try {
          this.room.applyClientUpdate(update, this);
        } catch (error) {
          if (error instanceof UpdateRefused) throw new FrameRejected(closeCode.policyViolation, 'refused-record', error.message);
          throw new FrameRejected(closeCode.policyViolation, 'bad-update', `update does not decode: ${describe(error)}`);
        }
        return;
      }
      default:
        throw new FrameRejected(closeCode.unsupportedData, 'unknown-sync-type', `unknown sync message type ${syncType}`);
    }
  }

  /** A write from a read-only role or to the relay's own doc: refused out loud, never acknowledged. */
  private readOnlyRefusal(): FrameRejected {
    const message =
      this.room.address.kind === 'relay'
        ? 'the relay doc is written by the relay only; nothing was saved'
        : `${roleLabels[this.access.role]} links are read-only; nothing was saved`;
    return new FrameRejected(closeCode.readOnly, 'read-only', message);
  }

  private applyPresence(update: Uint8Array): void {
    if (!this.presenceAllowance.take(1)) {
      const limit = this.limits.presenceFramesPerSecond;
      throw new FrameRejected(closeCode.policyViolation, 'presence-rate', `presence sent more often than ${limit} times a second`);
    }
    // A screen link is no one: whatever presence it sends (the stock provider echoes everyone's) is
    // dropped, so it never shows among the people present and cannot touch anyone's state.
    if (!isPersonRole(this.access.role)) return;
    try {
      this.room.applyAwareness(update, this);
    } catch (error) {
      if (error instanceof PresenceRefused) throw new FrameRejected(closeCode.policyViolation, 'presence', `presence refused: ${error.message}`);
      throw error;
    }
  }

  /** An answer this client asked for costs its budget as much as the bytes it sends. */
  private answer(frame: Uint8Array): void {
    const overLimit = this.spend(0, frame.byteLength);
    if (overLimit) throw overLimit;
    this.send(frame);
  }

  /** Charges this socket's and its token's budgets; returns the refusal when either ran out. */
  private spend(frames: number, bytes: number): FrameRejected | null {
    for (const [budget, whose] of [
      [this.socketBudget, 'this connection'],
      [this.tokenBudget, 'this link'],
    ] as const) {
      const exhausted = budget.spend(frames, bytes);
      if (!exhausted) continue;
      const limit = exhausted === 'frames' ? `${budget.limits.framesPerSecond} frames` : `${budget.limits.bytesPerSecond} bytes`;
      return new FrameRejected(closeCode.policyViolation, `rate-${exhausted}`, `too much traffic: ${whose} may send ${limit} a second`);
    }
    return null;
  }

  private reject(rejection: FrameRejected): void {
    this.metrics.reject(rejection.metricReason);
    this.close(rejection.code, rejection.message);
    if (rejection.metricReason.startsWith('rate-')) {
      // A flooder may ignore the close frame and keep sending: stop reading it soon.
      setTimeout(() => this.socket.terminate(), floodCloseGraceMs).unref();
    }
  }

  /** Sends a frame, unless what is already queued for this socket plus this frame would pass the cap. */
  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    const queued = this.socket.bufferedAmount;
    // A frame alone is always let through, so a document larger than the cap still reaches a fresh client.
    if (queued > 0 && queued + frame.byteLength > this.limits.maxBufferedBytes) {
      this.metrics.reject('backpressure');
      this.close(closeCode.tryAgainLater, 'too far behind; reconnect to resync');
      return;
    }
    this.socket.send(frame, (error) => {
      if (error) this.handleClose();
    });
  }

  close(code: CloseCode, reason: string): void {
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

/**
 * The relay doc is written only by the relay; hosts and observers read the board doc; a private doc
 * is written by its own participant (the sync route lets no one else open it).
 */
function mayWrite(address: DocAddress, access: ConnectionAccess): boolean {
  switch (address.kind) {
    case 'board':
      return canEditBoard(access.role);
    case 'private':
      return canEditBoard(access.role) && access.participantId === address.participantId;
    case 'relay':
      return false;
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
