import * as decoding from 'lib0/decoding';
import { addCard, boardDocOf, boardView } from '@washup/shared/board';
import { encodeTimeRequest, messageType } from '@washup/shared/sync';
import { RawSyncClient, type Closed } from '../../../server/test/support/rawClient';
import { evidenceCard } from './evidenceCard';

export interface BystanderFigures {
  name: string;
  edits: number;
  acknowledged: number;
  timeRequests: number;
  /** Worst round trip of a time request, counting one still unanswered at the end by its age. */
  maxRoundTripMs: number;
  p99RoundTripMs: number;
  maxAckMs: number;
  disconnected: Closed | null;
  corruption: string | null;
}

/**
 * A well-behaved participant on a board under attack: writes a card now and then, waits for
 * each to be acknowledged, measures the relay's round trip, and notes if it is ever
 * disconnected or its copy of the board stops making sense.
 */
export class Bystander {
  readonly client: RawSyncClient;
  readonly acknowledgedCardIds: string[] = [];
  private readonly roundTrips: number[] = [];
  private readonly pendingTimeRequests: number[] = [];
  private edits = 0;
  private maxAckMs = 0;
  private disconnected: Closed | null = null;
  private corruption: string | null = null;
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;

  constructor(
    readonly name: string,
    url: string,
    token: string,
    /** Session-doc bystanders only read: the relay alone writes that doc. */
    private readonly writesCards: boolean,
  ) {
    this.client = new RawSyncClient(url, token);
    this.client.closed.then((closed) => {
      if (!this.stopped) this.disconnected = closed;
    });
    this.client.socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== messageType.serverTime) return;
      const sentAt = this.pendingTimeRequests.shift();
      if (sentAt !== undefined) this.roundTrips.push(performance.now() - sentAt);
    });
  }

  /** Starts the steady traffic: a time request every `timeEveryMs`, a card every `editEveryMs`. */
  start(timeEveryMs: number, editEveryMs: number): void {
    this.timers.push(setInterval(() => this.requestTime(), timeEveryMs));
    if (this.writesCards) this.timers.push(setInterval(() => this.writeCard(), editEveryMs));
    this.timers.push(setInterval(() => this.checkDoc(), 500));
  }

  private requestTime(): void {
    // The relay answers a connection's frames in order, so answers match requests first-in first-out.
    this.pendingTimeRequests.push(performance.now());
    this.client.send(encodeTimeRequest());
  }

  private writeCard(): void {
    const board = boardDocOf(this.client.doc);
    const card = addCard(board, evidenceCard(`${this.name} note ${this.edits}`, this.name));
    this.edits += 1;
    const sentAt = performance.now();
    this.client.requestAck().acked.then(() => {
      this.maxAckMs = Math.max(this.maxAckMs, performance.now() - sentAt);
      this.acknowledgedCardIds.push(card.id);
    });
  }

  private checkDoc(): void {
    if (this.corruption || !this.writesCards) return;
    try {
      const board = boardDocOf(this.client.doc);
      boardView(board);
      // Readers skip a record failing its schema; one reaching a bystander means the relay let poison through.
      const poison = board.unreadable()[0];
      if (poison) this.corruption = `unreadable ${poison.collection} ${poison.id ?? ''}: ${poison.problem}`;
    } catch (error) {
      this.corruption = error instanceof Error ? error.message : String(error);
    }
  }

  /** Stops the traffic and waits (bounded) for the edits in flight to be acknowledged. */
  async stop(settleMs = 10_000): Promise<BystanderFigures> {
    for (const timer of this.timers) clearInterval(timer);
    this.checkDoc();
    const deadline = Date.now() + settleMs;
    while (this.acknowledgedCardIds.length < this.edits && !this.disconnected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const now = performance.now();
    const unanswered = this.pendingTimeRequests.map((sentAt) => now - sentAt);
    const sorted = [...this.roundTrips, ...unanswered].sort((a, b) => a - b);
    return {
      name: this.name,
      edits: this.edits,
      acknowledged: this.acknowledgedCardIds.length,
      timeRequests: this.roundTrips.length + unanswered.length,
      maxRoundTripMs: round(sorted.at(-1) ?? 0),
      p99RoundTripMs: round(sorted[Math.floor(sorted.length * 0.99)] ?? 0),
      maxAckMs: round(this.maxAckMs),
      disconnected: this.disconnected,
      corruption: this.corruption,
    };
  }

  close(): void {
    this.stopped = true;
    this.client.close();
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
