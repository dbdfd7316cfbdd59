/** Shortens to at most `max` characters, at a word break when one is near, ending with an ellipsis. */
export function truncateAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Only back off to a word break if that keeps most of the text; a long word is cut mid-word.
  const kept = lastSpace >= max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${kept.trimEnd()}…`;
}

/**
 * The opening words of `text`, at most `max` characters, cut at a word break and without an
 * ellipsis: a name people will keep or retype (a theme's default title), not a quotation.
 */
export function openingWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // A long first word is cut mid-word rather than leaving nothing.
  const kept = lastSpace > 0 ? cut.slice(0, lastSpace) : flat.slice(0, max);
  return kept.replace(/[\s,;:.\u2013\u2014-]+$/u, '');
}
