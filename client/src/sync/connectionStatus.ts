import type { FatalReason } from './fatalReason';

/**
 * - `connecting`: first attempt since the page opened;
 * - `connected`: the socket is open and the doc is in sync with the relay;
 * - `reconnecting`: the link dropped and the provider is retrying;
 * - `offline`: the browser is offline, or several attempts in a row failed.
 */
export type LinkState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface ConnectionStatus {
  link: LinkState;
  /** Local changes not yet confirmed stored by the relay (always 0 for read-only roles). */
  unsaved: number;
  /** Hosts and observers: the relay drops their writes, so there is nothing to save. */
  readOnly: boolean;
  /** Set when the board can no longer be opened: the connection has stopped for good. */
  fatal: FatalReason | null;
}

export function sameStatus(a: ConnectionStatus, b: ConnectionStatus): boolean {
  return a.link === b.link && a.unsaved === b.unsaved && a.readOnly === b.readOnly && a.fatal === b.fatal;
}
