/**
 * Text as a name search should see it, mapped back to the text as written. Names can hide from a
 * plain search behind look-alikes (fullwidth "Ａｍｙ", ligatures) and invisible characters (a soft
 * hyphen or zero-width space inside "Am\u00ADy"), so the search runs on a compatibility-normalised
 * (NFKC) copy with default-ignorable characters removed; each of its characters remembers which
 * characters of the original it came from, so a replacement covers exactly the written name and
 * leaves the rest of the text (superscripts, fractions, other invisible characters) as it was.
 */
export interface MatchableText {
  /** The normalised copy that patterns run on. */
  readonly text: string;
  /** The original text, NFC-composed. */
  readonly original: string;
  /** For each UTF-16 unit of `text`, where its source code point starts in `original`. */
  readonly sourceStart: readonly number[];
  /** For each UTF-16 unit of `text`, where its source code point ends in `original`. */
  readonly sourceEnd: readonly number[];
}

const invisible = /^\p{Default_Ignorable_Code_Point}$/u;

/** The form a name is searched in; a listed name goes through the same steps as the text. */
export function matchableForm(text: string): string {
  return matchableText(text).text;
}

/**
 * One key for every way of writing the same name: look-alike and invisible characters as above,
 * any case, any run of spaces. Two entries of the redaction list, or two people joining to vote,
 * are the same name when their keys are equal.
 */
export function nameKey(name: string): string {
  return matchableForm(name).trim().replace(/\s+/g, ' ').toLowerCase();
}

export function matchableText(written: string): MatchableText {
  const original = written.normalize('NFC');
  let text = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  let offset = 0;
  for (const codePoint of original) {
    const end = offset + codePoint.length;
    if (!invisible.test(codePoint)) {
      const seen = codePoint.normalize('NFKC');
      text += seen;
      for (let unit = 0; unit < seen.length; unit++) {
        sourceStart.push(offset);
        sourceEnd.push(end);
      }
    }
    offset = end;
  }
  return { text, original, sourceStart, sourceEnd };
}

/**
 * Replaces every match of `pattern` (which must be global) found in the normalised copy, writing
 * the replacement over the original characters the match came from.
 */
export function replaceMatches(source: MatchableText, pattern: RegExp, replacement: (match: RegExpExecArray) => string): string {
  let result = '';
  let copiedUpTo = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source.text); match; match = pattern.exec(source.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const start = source.sourceStart[match.index] ?? source.original.length;
    const end = source.sourceEnd[match.index + match[0].length - 1] ?? source.original.length;
    if (start < copiedUpTo) continue;
    result += source.original.slice(copiedUpTo, start) + replacement(match);
    copiedUpTo = end;
  }
  return result + source.original.slice(copiedUpTo);
}
