/** One change from a text to another: `remove` characters at `index`, then `insert` there. */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single splice turning `before` into `after` (what an edit of a field does: typing,
 * deleting, pasting over a selection): the common start and end are kept. Null when they are equal.
 * A surrogate pair is never split, so a shared text never holds half an emoji.
 */
export function textSplice(before: string, after: string): TextSplice | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end += 1;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end -= 1;
  return { index: start, remove: before.length - end - start, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
