import type * as Y from 'yjs';
import { syncStep2Message } from './outgoing';

/** Answers kept per room: the same few state vectors repeat, an empty one ("everything") above all. */
const keptAnswers = 4;

/**
 * A room's sync step 2 answers by the state vector asked about, kept until the doc changes, so a
 * client asking again and again for the whole document costs one encoding per change of the doc,
 * not one per request.
 */
export class StateAnswers {
  private readonly answers = new Map<string, Uint8Array>();

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', () => this.answers.clear());
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
