/**
 * Message types on the wire. 0 to 3 are the y-websocket protocol, unchanged so the stock provider
 * works; Washup adds its own above 100. The relay sends those only in answer to a client's
 * request, since the stock provider logs "Unable to compute message" for any type it does not know.
 */
export const messageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Server → client: everything you sent before the ack request with this marker is durably stored.
   * Payload: the marker (varUint).
   */
  ack: 100,
  /** Server → client: the server's clock, in ms since the epoch, in answer to a timeRequest. */
  serverTime: 101,
  /** Client → server: please send serverTime now (used to measure round trips). */
  timeRequest: 102,
  /** Client → server: tell me when all I sent so far is stored. Payload: a marker (varUint). */
  ackRequest: 103,
} as const;
