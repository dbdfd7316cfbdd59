import { z } from 'zod';
import { versionedKind } from '@washup/shared/records';

/**
 * What relays tell each other about a room, when several serve the same boards: an update (always
 * one already stored in the database), presence, or a question for everyone's presence (asked by a
 * relay that has just loaded the room).
 */
export type PeerMessageKind = 'update' | 'awareness' | 'presenceQuery';

/** `fromRelay` names the relay that sent it, so its people's presence can go when that relay does. */
export type PeerHandler = (kind: PeerMessageKind, payload: Uint8Array, fromRelay: string) => void;

const id = z.string().min(1).max(128);

/**
 * A board-wide event every relay must act on: its local sockets for that board are closed. It
 * crosses from relay to relay as JSON, stamped with its version and read through the kind.
 */
export const controlEventKind = versionedKind({
  label: 'control event',
  schema: z.discriminatedUnion('type', [
    z.object({ type: z.literal('boardDeleted'), boardId: id }),
    z.object({ type: z.literal('participantRemoved'), boardId: id, participantId: id }),
  ]),
});

export type ControlEvent = z.infer<typeof controlEventKind.schema>;

/**
 * What the bus learns about the relays themselves.
 * - `relayGone`: a relay stopped sending heartbeats (killed, or cut off): its people's presence
 *   goes, and what it stored but could not publish any more is read from the database.
 * - `resync`: messages may have been lost (this relay's connection to the bus came back, or another
 *   relay's did): every room catches up with the database and asks again for everyone's presence.
 */
export type PeerChange = { type: 'relayGone'; relay: string } | { type: 'resync' };

export type PeerHealth = { ok: true } | { ok: false; message: string; since: string };

/**
 * A change the other relays must hear of at once (a deletion, a removal) was asked for while they
 * cannot be reached; nothing was changed. The HTTP layer answers it with 503.
 */
export class PeersUnavailable extends Error {
  constructor(readonly since: string) {
    super('the relays cannot reach each other (Redis is down), so the other relays would not close this board\'s connections; nothing was changed, try again in a minute');
  }
}

/**
 * Fan-out between relays. Each relay keeps its own live rooms; what one relay's clients write is
 * published to the room's channel once it is stored, so the other relays apply it and pass it to
 * their clients.
 */
export interface PeerBus {
  /**
   * Resolves once messages for this doc are being received, or at once while the bus is
   * unreachable (a `resync` follows when it is back, so nothing missed in between stays missed).
   */
  subscribe(docName: string, handler: PeerHandler): Promise<void>;
  unsubscribe(docName: string): Promise<void>;
  /** Best effort: while the bus is unreachable the message is dropped, and the `resync` that follows makes up for it. */
  publish(docName: string, kind: PeerMessageKind, payload: Uint8Array): void;
  onControl(handler: (event: ControlEvent) => void): void;
  publishControl(event: ControlEvent): void;
  onChange(handler: (change: PeerChange) => void): void;
  health(): PeerHealth;
  close(): Promise<void>;
}
