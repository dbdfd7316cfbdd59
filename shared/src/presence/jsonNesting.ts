/**
 * How deeply the arrays and objects of a JSON text nest, read without parsing it, so text too deep
 * to serialise again (JSON.stringify recurses and overflows the stack) is refused before it is
 * parsed. Brackets inside strings do not count.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === backslash) i += 1;
      else if (char === quote) inString = false;
    } else if (char === quote) {
      inString = true;
    } else if (char === openBrace || char === openBracket) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === closeBrace || char === closeBracket) {
      depth -= 1;
    }
  }
  return deepest;
}

const quote = '"'.charCodeAt(0);
const backslash = '\\'.charCodeAt(0);
const openBrace = '{'.charCodeAt(0);
const closeBrace = '}'.charCodeAt(0);
const openBracket = '['.charCodeAt(0);
const closeBracket = ']'.charCodeAt(0);
