import { describe, expect, it } from 'vitest';
import { readNarrativePresence } from '../../src/presence/narrativePresence';

describe('what a presence state says its person is writing', () => {
  it('reads a part of the report and a paragraph', () => {
    expect(readNarrativePresence({ narrative: { part: 'summary', paragraph: 2 } })).toEqual({ part: 'summary', paragraph: 2 });
    expect(readNarrativePresence({ narrative: { part: 'heading:lead', paragraph: 0 } })).toEqual({ part: 'heading:lead', paragraph: 0 });
  });

  it('reads nothing from garbage, unknown parts, odd paragraphs or deep nesting', () => {
    for (const narrative of [null, 'summary', 42, { part: 'appendix', paragraph: 0 }, { part: 'summary', paragraph: -1 }, { part: 'summary', paragraph: 1.5 }, { part: { part: 'summary' }, paragraph: 0 }, [[[['summary']]]]]) {
      expect(readNarrativePresence({ narrative })).toBeNull();
    }
    expect(readNarrativePresence({})).toBeNull();
    expect(readNarrativePresence(null)).toBeNull();
  });
});
