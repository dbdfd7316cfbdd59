import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrativeEdit, paragraphAt, printedOffset, storedOffset } from '../../src/report/narrativeEdit';
import { plainParagraphs } from '../../src/report/plainParagraphs';
import { printedNarrative } from '../../src/report/narrativeReferences';

const citations = {
  numberOf: new Map([
    ['card-a', 1],
    ['card-b', 12],
  ]),
  cardOf: new Map([
    [1, 'card-a'],
    [12, 'card-b'],
  ]),
};
const stored = 'Strong reading [#card-a] and writing [#card-b].';
const printed = 'Strong reading [1] and writing [12].';

function applied(text: string, printedAfter: string): string {
  const splice = narrativeEdit(text, printedAfter, citations);
  return splice ? text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove) : text;
}

describe('editing the narrative as printed', () => {
  it('maps places between the printed and the stored words', () => {
    expect(printedNarrative(stored, citations.numberOf)).toBe(printed);
    expect(storedOffset(stored, citations.numberOf, printed.indexOf(' and'))).toBe(stored.indexOf(' and'));
    expect(printedOffset(stored, citations.numberOf, stored.indexOf(' and'))).toBe(printed.indexOf(' and'));
    expect(printedOffset(stored, citations.numberOf, stored.length)).toBe(printed.length);
    // Inside a reference: at the end of its number.
    expect(printedOffset(stored, citations.numberOf, stored.indexOf('card-a'))).toBe(printed.indexOf(' and'));
  });

  it('stores typing between citations as the one splice it is, leaving the citations as cards', () => {
    const splice = narrativeEdit(stored, 'Strong reading [1] and fine writing [12].', citations);
    expect(splice).toEqual({ index: stored.indexOf('writing'), remove: 0, insert: 'fine ' });
  });

  it('stores a cited number typed in brackets as its card, the moment its bracket closes', () => {
    expect(applied(stored, `${printed} See [1`)).toBe(`${stored} See [1`);
    expect(applied(`${stored} See [1`, `${printed} See [12]`)).toBe(`${stored} See [#card-b]`);
    expect(applied(stored, `${printed} Not [7].`)).toBe(`${stored} Not [7].`);
  });

  it('replaces a whole citation when an edit touches its number', () => {
    expect(applied(stored, 'Strong reading [2] and writing [12].')).toBe('Strong reading [2] and writing [#card-b].');
    expect(applied(stored, 'Strong reading  and writing [12].')).toBe('Strong reading  and writing [#card-b].');
  });

  it('always leaves stored words that print as what was typed', () => {
    const printable = fc.string({ unit: fc.constantFrom('a', ' ', '[', ']', '1', '2', '\n') });
    fc.assert(
      fc.property(printable, printable, (start, typed) => {
        const before = applied('', start);
        const after = applied(before, typed);
        expect(printedNarrative(after, citations.numberOf)).toBe(typed.replace(/\[(\d{1,5})\]/g, (written, digits: string) => (citations.cardOf.has(Number(digits)) ? `[${digits}]` : written)));
      }),
    );
  });
});

describe('paragraphAt', () => {
  const text = 'First paragraph.\n\nSecond one\nstill second.\n\n\nThird.';
  it('counts paragraphs as the report prints them', () => {
    expect(plainParagraphs(text)).toHaveLength(3);
    expect(paragraphAt(text, 0)).toBe(0);
    expect(paragraphAt(text, text.indexOf('Second'))).toBe(1);
    expect(paragraphAt(text, text.indexOf('still'))).toBe(1);
    expect(paragraphAt(text, text.indexOf('Third'))).toBe(2);
    expect(paragraphAt(text, text.length)).toBe(2);
    expect(paragraphAt('One.\n\n', 6)).toBe(1);
    expect(paragraphAt('', 0)).toBe(0);
  });
});
