import * as Y from 'yjs';
import { collectionNames, type BoardDoc } from '@washup/shared/board';
import { ValueStore } from './ValueStore';

/** The origin of this person's own writes to the board doc on this device: the only changes their undo reverts. */
export const ownBoardWrite = Symbol('own board write');

/** What an undo or redo did, for the board's live region. */
export interface UndoStep {
  /** The change, as it was described when made ("Card deleted"); a generic phrase when it was not. */
  label: string;
  /** False when others changed the same records since, so the step left the board as it was. */
  changedBoard: boolean;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

const labelKey = 'label';
const unnamedChange = 'your last change';

/** Every record of the board doc, by identity: a record object stays the same until its record changes. */
function snapshot(board: BoardDoc): Set<unknown> {
  return new Set(collectionNames.flatMap((name) => board.list(name)));
}

function sameRecords(before: Set<unknown>, after: Set<unknown>): boolean {
  if (before.size !== after.size) return false;
  for (const record of after) if (!before.has(record)) return false;
  return true;
}

/**
 * One person's undo and redo on this device, over the board doc's record collections. It tracks
 * only writes made through `record` (origin `ownBoardWrite`), never a peer's change arriving from
 * the relay, nor this device's housekeeping (the record arrays' clean-up, moving old reviewer
 * learning out): so an undo reverts this person's changes only. Records are stored whole, so
 * undoing a change to a record that someone else has written since leaves their version in place
 * (the latest write of a record wins); the step is then reported as having changed nothing.
 * The private doc has no undo: a change that moved a card between it and the board doc is not
 * recorded, since undoing its board half alone would duplicate or lose the card.
 */
export class UndoHistory {
  readonly state = new ValueStore<UndoState>({ canUndo: false, canRedo: false });
  private readonly manager: Y.UndoManager;
  private nextLabel: string | null = null;

  constructor(private readonly board: BoardDoc) {
    const scope = collectionNames.map((name) => board.doc.getArray(name));
    // No capture window: each of the person's actions is its own step, however quickly they follow.
    this.manager = new Y.UndoManager(scope, { trackedOrigins: new Set([ownBoardWrite]), captureTimeout: 0 });
    this.manager.on('stack-item-added', (event) => {
      // An undo's step goes onto the redo stack (and a redo's back): it keeps the popped step's label.
      const label: unknown = this.nextLabel ?? this.manager.currStackItem?.meta.get(labelKey);
      if (typeof label === 'string') event.stackItem.meta.set(labelKey, label);
      this.refresh();
    });
    this.manager.on('stack-item-popped', () => this.refresh());
    this.manager.on('stack-cleared', () => this.refresh());
  }

  private refresh(): void {
    const next = { canUndo: this.manager.canUndo(), canRedo: this.manager.canRedo() };
    const current = this.state.get();
    if (current.canUndo !== next.canUndo || current.canRedo !== next.canRedo) this.state.set(next);
  }

  /** Applies `change` to the board doc as one undoable step of this person's, described by `label`. */
  record<Result>(change: () => Result, label: string = unnamedChange): Result {
    this.nextLabel = label;
    try {
      return this.board.transact(change, ownBoardWrite);
    } finally {
      this.nextLabel = null;
    }
  }

  /**
   * The same for a change that may also write `privateDoc`: when it did, the board half is left out
   * of the history (see the class comment), so undo never puts back a card that now lives privately.
   */
  recordUnlessPrivate<Result>(privateDoc: BoardDoc, change: () => Result, label?: string): Result {
    let privateChanged = false;
    const notice = () => (privateChanged = true);
    privateDoc.doc.on('update', notice);
    const steps = this.manager.undoStack.length;
    try {
      return this.record(change, label);
    } finally {
      privateDoc.doc.off('update', notice);
      if (privateChanged && this.manager.undoStack.length > steps) {
        this.manager.undoStack.pop();
        this.refresh();
      }
    }
  }

  undo(): UndoStep | null {
    return this.step(() => this.manager.undo());
  }

  redo(): UndoStep | null {
    return this.step(() => this.manager.redo());
  }

  private step(apply: () => Y.UndoManager['currStackItem']): UndoStep | null {
    const before = snapshot(this.board);
    const item = apply();
    if (!item) return null;
    const label = item.meta.get(labelKey);
    return { label: typeof label === 'string' ? label : unnamedChange, changedBoard: !sameRecords(before, snapshot(this.board)) };
  }

  destroy(): void {
    this.manager.destroy();
  }
}
