import type { RelayDoc } from './relayDoc';
import { relayDocEntries } from './relayDocEntries';

/**
 * One sentence naming the relay doc values this device cannot read (written by a newer Washup, or
 * damaged), or null when every value reads. The views show those as absent; this says why.
 */
export function unreadableRelayDocNotice(relayDoc: RelayDoc): string | null {
  const labels = relayDocEntries.filter((entry) => relayDoc.reading(entry)?.ok === false).map((entry) => entry.label);
  if (labels.length === 0) return null;
  const last = labels.pop() ?? '';
  const listed = labels.length > 0 ? `${labels.join(', ')} and ${last}` : last;
  return `This version of Washup cannot read the board's saved ${listed}: reload the page to get the newest version. Until then, this device does not show what it cannot read.`;
}
