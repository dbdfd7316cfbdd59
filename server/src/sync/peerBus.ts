/** What relays tell each other about a room, when several serve the same boards. */
export type PeerMessageKind = 'update' | 'awareness';

export type PeerHandler = (kind: PeerMessageKind, payload: Uint8Array) => void;

/** A board-wide event every relay must act on: its local sockets for that board are closed. */
export type ControlEvent =
  | { type: 'boardDeleted'; boardId: string }
  | { type: 'participantRemoved'; boardId: string; participantId: string };

/**
 * Fan-out between relays. Each relay keeps its own live rooms; what one relay's clients write is
 * published to the room's channel so the other relays apply it and pass it to their clients.
 */
export interface PeerBus {
  /** Resolves once messages for this doc are being received. */
  subscribe(docName: string, handler: PeerHandler): Promise<void>;
  unsubscribe(docName: string): Promise<void>;
  publish(docName: string, kind: PeerMessageKind, payload: Uint8Array): void;
  onControl(handler: (event: ControlEvent) => void): void;
  publishControl(event: ControlEvent): void;
  close(): Promise<void>;
}
