import * as Y from 'yjs';
import type { StoredDoc } from './storage';

/** A stored doc read into `doc` as one transaction: the snapshot in its format, then the updates after it. */
export function applyStoredDoc(doc: Y.Doc, stored: StoredDoc, origin?: unknown): void {
  Y.transact(
    doc,
    () => {
      if (stored.snapshot?.format === 1) Y.applyUpdate(doc, stored.snapshot.update);
      else if (stored.snapshot) Y.applyUpdateV2(doc, stored.snapshot.update);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    },
    origin,
  );
}
