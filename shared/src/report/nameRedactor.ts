import type { Redaction } from '../board/records';
import { matchableForm, matchableText, replaceMatches } from '../text/matchableText';

export type RedactionRule = Pick<Redaction, 'name' | 'replacement'>;

export interface NameRedactor {
  /** The text with every listed name replaced. */
  redact(text: string): string;
  /** Whether the text names anyone on the list. */
  mentions(text: string): boolean;
}

/** Written where a replacement would itself name someone on the list (two facilitators editing at once). */
export const withheldName = '[…]';

// Letters, marks and digits make a word; an apostrophe does not, so "Amy's" is "Amy" + "'s".
const wordChar = '[\\p{L}\\p{M}\\p{N}_]';
const syntaxChars = /[\\^$.*+?()[\]{}|/]/g;

/** The name as a pattern: either apostrophe, any run of spaces between its words. */
function namePattern(name: string): string {
  return matchableForm(name)
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(syntaxChars, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

function byLongestName(a: RedactionRule, b: RedactionRule): number {
  return b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.replacement < b.replacement ? -1 : 1);
}

/**
 * Replaces listed names in report text: case-insensitive, whole words only ("Amy" but not
 * "Amyas"), possessives kept ("Amy's" becomes "the SENCo's"), in one pass so a replacement is
 * never rewritten. Longer names win, so "Amy Lee" is replaced whole rather than as "Amy" + "Lee".
 * Look-alike and invisible characters do not hide a name (see matchableText).
 */
export function nameRedactor(rules: readonly RedactionRule[]): NameRedactor {
  const listed = rules.filter((rule) => matchableForm(rule.name).trim().length > 0).sort(byLongestName);
  if (listed.length === 0) return { redact: (text) => text, mentions: () => false };
  const alternatives = listed.map((rule) => `(${namePattern(rule.name)})`).join('|');
  const source = `(?<!${wordChar})(?:${alternatives})(?!${wordChar})`;
  const finder = new RegExp(source, 'iu');
  const mentions = (text: string) => finder.test(matchableForm(text));
  const replacements = listed.map((rule) => (mentions(rule.replacement) ? withheldName : rule.replacement));
  const everywhere = new RegExp(source, 'giu');
  return {
    mentions,
    redact: (text) =>
      replaceMatches(matchableText(text), everywhere, (match) => {
        const group = match.slice(1, 1 + listed.length).findIndex((value) => value !== undefined);
        return replacements[group] ?? withheldName;
      }),
  };
}
