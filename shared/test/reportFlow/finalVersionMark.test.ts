import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { finalVersionMarkKey, finalVersionMarkOf, markFinalVersion } from '../../src/reportFlow/finalVersionMark';

describe("the board doc's mark of a final version", () => {
  it('is written when a version is final, moved on with the version, and removed when the next starts', () => {
    const doc = new Y.Doc();
    expect(finalVersionMarkOf(doc)).toBeNull();
    expect(markFinalVersion(doc, null)).toBe(false);
    expect(markFinalVersion(doc, 1)).toBe(true);
    expect(finalVersionMarkOf(doc)).toEqual({ version: 1 });
    expect(markFinalVersion(doc, 1)).toBe(false);
    expect(markFinalVersion(doc, null)).toBe(true);
    expect(finalVersionMarkOf(doc)).toBeNull();
    expect(markFinalVersion(doc, 2)).toBe(true);
    expect(finalVersionMarkOf(doc)).toEqual({ version: 2 });
  });

  it('reads a mark it cannot read as final, and never overwrites it', () => {
    for (const stored of [{ v: 9, version: 1 }, { version: 'one' }, 'final', 42, null]) {
      const doc = new Y.Doc();
      doc.getMap('meta').set(finalVersionMarkKey, stored);
      expect(finalVersionMarkOf(doc), JSON.stringify(stored)).toBe('unreadable');
      expect(markFinalVersion(doc, null)).toBe(false);
      expect(doc.getMap('meta').get(finalVersionMarkKey)).toEqual(stored);
    }
  });
});
