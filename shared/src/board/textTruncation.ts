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
