import type { ConnectionStatus } from '../sync/connectionStatus';

export type StatusTone = 'saved' | 'saving' | 'pending' | 'offline';

export interface StatusLabel {
  tone: StatusTone;
  text: string;
  /** What a phone's header has room for: the state alone, with the count of unsaved changes. */
  short: string;
  /** A longer explanation, for a tooltip and screen readers. */
  detail: string;
}

const changes = (count: number) => `${count} unsaved change${count === 1 ? '' : 's'}`;

/** What the connection indicator says. Read-only roles have nothing to save: connected or offline. */
export function statusLabel(status: ConnectionStatus): StatusLabel {
  const { link, unsaved, readOnly } = status;
  if (readOnly) {
    if (link === 'connected') return { tone: 'saved', text: 'Connected', short: 'Live', detail: 'You are seeing the board live.' };
    if (link === 'connecting') return { tone: 'pending', text: 'Connecting…', short: 'Connecting…', detail: 'Opening the live board.' };
    return { tone: 'offline', text: 'Offline', short: 'Offline', detail: 'The board will update again when the connection returns.' };
  }
  switch (link) {
    case 'connected':
      return unsaved === 0
        ? { tone: 'saved', text: 'All changes saved', short: 'Saved', detail: 'Everything you changed is stored on the server.' }
        : { tone: 'saving', text: 'Saving…', short: `Saving ${unsaved}…`, detail: `Saving ${changes(unsaved)} to the server.` };
    case 'connecting':
      return unsaved === 0
        ? { tone: 'pending', text: 'Connecting…', short: 'Connecting…', detail: 'Opening the live board.' }
        : { tone: 'pending', text: `Connecting… ${changes(unsaved)}`, short: `Connecting… (${unsaved})`, detail: 'Your changes are kept on this device and will be saved once connected.' };
    case 'reconnecting':
      return unsaved === 0
        ? { tone: 'pending', text: 'Reconnecting…', short: 'Reconnecting…', detail: 'The connection dropped; trying again. Nothing is unsaved.' }
        : { tone: 'pending', text: `Reconnecting… ${changes(unsaved)}`, short: `Reconnecting… (${unsaved})`, detail: 'Your changes are kept on this device and will be saved once reconnected.' };
    case 'offline':
      return unsaved === 0
        ? { tone: 'offline', text: 'Offline', short: 'Offline', detail: 'You can keep working: changes stay on this device and sync when you are back online.' }
        : { tone: 'offline', text: `Offline · ${changes(unsaved)}`, short: `Offline (${unsaved} unsaved)`, detail: 'Your changes are kept on this device and will be saved when you are back online.' };
  }
}
