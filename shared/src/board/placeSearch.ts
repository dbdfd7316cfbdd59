import { matchableForm } from '../text/matchableText';

/**
 * Whether every word typed appears somewhere in `text`, in any order and any case, so "next
 * impact" finds "Our impact · Next steps". Look-alike and invisible characters count as the
 * letters they look like, as in every other search on the board.
 */
export function matchesEveryWord(text: string, query: string): boolean {
  const words = matchableForm(query).toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = matchableForm(text).toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}
