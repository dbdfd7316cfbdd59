import type * as Y from 'yjs';
import { syncStep2Frame, syncStep2Message } from './outgoing';

/** The state vector of a client that has nothing yet: no clients, no clocks. */
const nothingKey = Buffer.from([0]).toString('base64');

/** Answers kept per room: the same few state vectors repeat, an empty one ("everything") above all. */
const keptAnswers = 4;

/** Whether a transaction added or deleted anything: exactly when Yjs would emit an 'update' for it. */
function changedDoc(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}

/**
 * A room's sync step 2 answers by the state vector asked about, kept until the doc changes, so a
 * client asking again and again for the whole document costs one encoding per change of the doc,
 * not one per request.
 */
export class StateAnswers {
  private readonly answers = new Map<string, Uint8Array>();

  constructor(private readonly doc: Y.Doc) {
    // After each transaction, not on 'update': Yjs encodes a transaction's whole update for any
    // 'update' listener, and this one needs only to know the doc changed (a board's load is one
    // transaction of the whole doc: 45 ms for 5,000 cards).
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (changedDoc(transaction)) this.answers.clear();
    });
  }

  /**
   * Keeps the answer for a client that has nothing from an encoding of the whole doc already made
   * (the stored V1 snapshot the doc was just loaded from alone), so the first such client after a
   * load costs no encoding. `update` must be the doc's state now; the next change clears it like
   * any other answer.
   */
  keepWhole(update: Uint8Array): void {
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) return;
    if (this.answers.size >= keptAnswers) this.answers.clear();
    this.answers.set(nothingKey, syncStep2Frame(update));
  }

  answer(stateVector: Uint8Array): Uint8Array {
    // Parts waiting for missing dependencies change the answer without an 'update' event.
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) return syncStep2Message(this.doc, stateVector);
    const key = Buffer.from(stateVector).toString('base64');
    const kept = this.answers.get(key);
    if (kept) return kept;
    const frame = syncStep2Message(this.doc, stateVector);
    if (this.answers.size >= keptAnswers) this.answers.clear();
    this.answers.set(key, frame);
    return frame;
  }
}
