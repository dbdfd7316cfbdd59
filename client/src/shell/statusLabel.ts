import type { ConnectionStatus } from '../sync/connectionStatus';

export type StatusTone = 'saved' | 'saving' | 'pending' | 'offline';

export interface StatusLabel {
  tone: StatusTone;
  text: string;
  /** A longer explanation, for a tooltip and screen readers. */
  detail: string;
}

const changes = (count: number) => `${count} unsaved change${count === 1 ? '' : 's'}`;

/** What the connection indicator says. Read-only roles have nothing to save: connected or offline. */
export function statusLabel(status: ConnectionStatus): StatusLabel {
  const { link, unsaved, readOnly } = status;
  if (readOnly) {
    if (link === 'connected') return { tone: 'saved', text: 'Connected', detail: 'You are seeing the board live.' };
    if (link === 'connecting') return { tone: 'pending', text: 'Connecting…', detail: 'Opening the live board.' };
    return { tone: 'offline', text: 'Offline', detail: 'The board will update again when the connection returns.' };
  }
  switch (link) {
    case 'connected':
      return unsaved === 0
        ? { tone: 'saved', text: 'All changes saved', detail: 'Everything you changed is stored on the server.' }
        : { tone: 'saving', text: 'Saving…', detail: `Saving ${changes(unsaved)} to the server.` };
    case 'connecting':
      return unsaved === 0
        ? { tone: 'pending', text: 'Connecting…', detail: 'Opening the live board.' }
        : { tone: 'pending', text: `Connecting… ${changes(unsaved)}`, detail: 'Your changes are kept on this device and will be saved once connected.' };
    case 'reconnecting':
      return unsaved === 0
        ? { tone: 'pending', text: 'Reconnecting…', detail: 'The connection dropped; trying again. Nothing is unsaved.' }
        : { tone: 'pending', text: `Reconnecting… ${changes(unsaved)}`, detail: 'Your changes are kept on this device and will be saved once reconnected.' };
    case 'offline':
      return unsaved === 0
        ? { tone: 'offline', text: 'Offline', detail: 'You can keep working: changes stay on this device and sync when you are back online.' }
        : { tone: 'offline', text: `Offline · ${changes(unsaved)}`, detail: 'Your changes are kept on this device and will be saved when you are back online.' };
  }
}
