import { loadUnsavedCounts, saveUnsavedCounts, type UnsavedCounts } from './unsavedCountsStore';
import { ValueStore } from './ValueStore';

/**
 * Counts local changes and the relay's acknowledgements. Every local change gets the next sequence
 * number; an ack request carries the newest number as its marker, and the relay's ack for that
 * marker means every change up to it is stored. Unsaved = changes not yet covered by an ack.
 */
export class SaveTracker {
  private counts: UnsavedCounts;
  /** Local changes the relay has not yet confirmed as stored. */
  readonly unsaved: ValueStore<number>;

  /** `docName` is the doc's name (see `docName`), which keys its counts on this device. */
  constructor(private readonly docName: string) {
    this.counts = loadUnsavedCounts(docName);
    this.unsaved = new ValueStore(this.counts.local - this.counts.acked);
  }

  /** The marker to put in an ack request now: it covers every change recorded so far. */
  get marker(): number {
    return this.counts.local;
  }

  recordLocalChange(): void {
    this.write({ local: this.counts.local + 1, acked: this.counts.acked });
  }

  /** The relay stored everything sent before the ack request with this marker. */
  acknowledge(marker: number): void {
    const acked = Math.min(Math.max(this.counts.acked, marker), this.counts.local);
    if (acked !== this.counts.acked) this.write({ local: this.counts.local, acked });
  }

  private write(counts: UnsavedCounts): void {
    this.counts = counts;
    saveUnsavedCounts(this.docName, counts);
    this.unsaved.set(counts.local - counts.acked);
  }
}
