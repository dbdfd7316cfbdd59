import * as Y from 'yjs';
import { boardDocOf } from '@washup/shared/board';
import { waitFor } from '../../../server/test/support/providers';
import type { ReconnectingClient } from './reconnectingClient';

/** The cards among `ids` that `doc` lacks. */
export function missingFrom(doc: Y.Doc, ids: Iterable<string>): string[] {
  const board = boardDocOf(doc);
  return [...ids].filter((id) => !board.get('cards', id));
}

function stateOf(doc: Y.Doc): string {
  return JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b));
}

/** Every card any of `clients` saw acknowledged. */
export function acknowledgedBy(clients: readonly ReconnectingClient[]): Set<string> {
  return new Set(clients.flatMap((client) => [...client.acknowledged]));
}

/**
 * Waits until every client has every change acknowledged, holds every card any of them saw
 * acknowledged, and all hold the same state; on time-out, says who lacks what.
 */
export async function converged(clients: readonly ReconnectingClient[], timeoutMs: number): Promise<void> {
  const settled = () => {
    const acknowledged = acknowledgedBy(clients);
    return (
      clients.every((client) => client.unacknowledgedCount === 0 && missingFrom(client.doc, acknowledged).length === 0) &&
      new Set(clients.map((client) => stateOf(client.doc))).size === 1
    );
  };
  try {
    await waitFor(settled, timeoutMs, 'convergence');
  } catch {
    const acknowledged = acknowledgedBy(clients);
    const report = clients.map(
      (client, i) =>
        `client ${i} on ${client.relay ?? 'no relay'}: ${client.unacknowledgedCount} unacknowledged, ${missingFrom(client.doc, acknowledged).length} acknowledged cards missing, pending ${client.doc.store.pendingStructs ? 'structs' : 'none'}, state ${stateOf(client.doc)}`,
    );
    throw new Error(`clients did not converge within ${timeoutMs} ms:\n${report.join('\n')}`);
  }
}

/** Clients writing one card every `everyMs` each until stopped (and at most `maxCards` each). */
export class ContinuousWriters {
  private readonly timers: NodeJS.Timeout[];
  written = 0;

  constructor(clients: readonly ReconnectingClient[], label: string, everyMs = 50, maxCards = 2_000) {
    this.timers = clients.map((client, i) => {
      let count = 0;
      const timer: NodeJS.Timeout = setInterval(() => {
        if (++count > maxCards) return clearInterval(timer);
        client.writeCards(`${label} ${i}:${count}`);
        this.written += 1;
      }, everyMs);
      return timer;
    });
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
  }
}
