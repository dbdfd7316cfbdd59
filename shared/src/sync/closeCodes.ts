/**
 * Every code the relay closes a sync socket with, and what the client does on seeing it. The
 * reason text travels beside the code; clients read the code, people read the reason.
 * Codes below 4000 are the WebSocket standard's; 4400 to 4499 are Washup's "do not come back".
 */
export const closeCode = {
  /** A room unloaded once empty, so no socket should still see it; one that did would reconnect. */
  goingAway: 1001,
  /** A text frame, or a message type the protocol does not have. The client reconnects (a bug, not a person, sent it). */
  unsupportedData: 1003,
  /** Not authorised, malformed, too fast, or a record refused by its schema. The client reconnects,
   *  except for a refused record (reason starts `refused: `): it stops syncing, as resending would be refused again. */
  policyViolation: 1008,
  /** A frame over the size limit. The client reconnects. */
  messageTooBig: 1009,
  /** The board could not be loaded from storage, or storage failed under it. The client reconnects and resyncs. */
  internalError: 1011,
  /** The relay is shutting down. The client reconnects to the next relay. */
  serverRestart: 1012,
  /** The socket fell too far behind the room's traffic. The client reconnects to resync. */
  tryAgainLater: 1013,
  /** The board was deleted. The client stops and shows that the board is gone. */
  boardDeleted: 4404,
  /** The Lead Reviewer removed this participant. The client stops and says so. */
  participantRemoved: 4403,
  /** A write from a link that may only read (host, observer), or to the relay's own relay doc. The client stops as refused. */
  readOnly: 4405,
} as const;

/** Washup's own refusals (4400 to 4499): the relay will not take this device back, so it stops reconnecting. */
export function isRefusalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}

/** One of the codes above: the relay closes a socket with no other. */
export type CloseCode = (typeof closeCode)[keyof typeof closeCode];
