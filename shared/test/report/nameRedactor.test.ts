import { describe, expect, it } from 'vitest';
import { nameRedactor, withheldName } from '../../src/report/nameRedactor';

describe('nameRedactor', () => {
  const redact = nameRedactor([
    { name: 'Amy', replacement: 'the SENCo' },
    { name: 'Amy Lee', replacement: 'A.L.' },
    { name: "Mrs O'Neil", replacement: 'the Year 6 teacher' },
    { name: 'Jean-Luc', replacement: 'a pupil' },
    { name: 'Zoë', replacement: 'Z.' },
    { name: 'J. (Jo) Smith', replacement: 'the head' },
  ]).redact;

  it('replaces whole words whatever their case, and keeps possessives', () => {
    expect(redact("amy said AMY's book and Amy’s bag")).toBe("the SENCo said the SENCo's book and the SENCo’s bag");
    expect(redact('Amyas and Examy stay')).toBe('Amyas and Examy stay');
    expect(redact('Ask Amy.')).toBe('Ask the SENCo.');
  });

  it('prefers the longest listed name, across any spacing', () => {
    expect(redact('Amy Lee and Amy  Lee and Amy\nLee, then Amy')).toBe('A.L. and A.L. and A.L., then the SENCo');
  });

  it('matches names with apostrophes, hyphens, accents and brackets', () => {
    expect(redact("Mrs O’Neil's class; MRS O'NEIL")).toBe("the Year 6 teacher's class; the Year 6 teacher");
    expect(redact('Jean-Luc and jean-luc')).toBe('a pupil and a pupil');
    expect(redact('ZOË and Zoe\u0308')).toBe('Z. and Z.');
    expect(redact('J. (Jo) Smith wrote')).toBe('the head wrote');
  });

  it('never rewrites a replacement, and withholds one that names someone listed', () => {
    const chained = nameRedactor([
      { name: 'Bo', replacement: 'Cy' },
      { name: 'Cy', replacement: 'Bo' },
    ]);
    expect(chained.redact('Bo met Cy')).toBe(`${withheldName} met ${withheldName}`);
    const safe = nameRedactor([{ name: 'Sam', replacement: '$& and $1' }]);
    expect(safe.redact('Sam')).toBe('$& and $1');
    expect(nameRedactor([]).redact('Amy')).toBe('Amy');
    expect(safe.mentions('sam’s')).toBe(true);
    expect(safe.mentions('Samuel')).toBe(false);
  });
});

describe('nameRedactor against hidden names', () => {
  const { redact, mentions } = nameRedactor([
    { name: 'Amy Lee', replacement: 'the SENCo' },
    { name: 'Tom', replacement: 'a teacher' },
  ]);

  it('finds a name split by a soft hyphen, a zero-width space or a word joiner', () => {
    expect(redact('Am\u00ADy Lee said')).toBe('the SENCo said');
    expect(redact('Amy L\u200Bee said')).toBe('the SENCo said');
    expect(redact('T\u2060o\u200Dm left')).toBe('a teacher left');
    expect(mentions('T\u00ADom')).toBe(true);
  });

  it('finds a name written in fullwidth or compatibility letters', () => {
    expect(redact('ＡＭＹ ＬＥＥ and Ｔｏｍ')).toBe('the SENCo and a teacher');
    expect(redact('Amy\u3000Lee')).toBe('the SENCo');
  });

  it('keeps the rest of the text exactly as written', () => {
    expect(redact('x² ½ \u200Bfine, ﬁne; Tom²')).toBe('x² ½ \u200Bfine, ﬁne; Tom²');
    expect(redact('ﬁ Tom ﬁ')).toBe('ﬁ a teacher ﬁ');
    expect(redact('Tomas and Tom\u00AD')).toBe('Tomas and a teacher\u00AD');
  });

  it('ignores a listed name made only of invisible characters', () => {
    const invisible = nameRedactor([{ name: '\u200B\u00AD', replacement: 'x' }]);
    expect(invisible.redact('Any text')).toBe('Any text');
  });
});
