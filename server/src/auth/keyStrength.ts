/** The least a signing key must hold: 32 random bytes. */
export const minKeyBits = 256;

/** The least variety per character a random key shows; "abab…" or "aaaa…" fall far below it. */
const minBitsPerCharacter = 3;

/** What one character of a key can carry, judged by the narrowest common encoding it fits. */
function bitsPerCharacter(characters: readonly string[]): number {
  const text = characters.join('');
  if (/^[0-9a-fA-F]+$/.test(text)) return 4;
  if (/^[A-Za-z0-9+/_-]+$/.test(text)) return 6;
  return Math.log2(95);
}

/**
 * The length of the shortest block the key is made of by repeating it at least twice ("abcabcab"
 * gives 3), or the whole key's length when it repeats nothing.
 */
function repeatedBlockLength(characters: readonly string[]): number {
  const border = new Array<number>(characters.length).fill(0);
  for (let i = 1, k = 0; i < characters.length; i++) {
    while (k > 0 && characters[i] !== characters[k]) k = border[k - 1]!;
    if (characters[i] === characters[k]) k++;
    border[i] = k;
  }
  const period = characters.length - (border.at(-1) ?? 0);
  return period * 2 <= characters.length ? period : characters.length;
}

/** Shannon entropy of the key's own characters, in bits per character. */
function observedBitsPerCharacter(characters: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const character of characters) counts.set(character, (counts.get(character) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / characters.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}

/**
 * Why a signing key is too weak to sign tokens, or null when it is strong enough. A key cannot
 * prove it is random, so this estimates an upper bound: what its encoding can carry once repeats
 * are removed (hex 4 bits a character, base64 6, other text 6.6), which catches empty, short and
 * repeated keys, and the variety of its characters, which catches keys made of a few characters.
 * A long phrase a person chose can pass; the README asks for `openssl rand -base64 48`.
 */
export function keyWeakness(key: string): string | null {
  const characters = [...key.replace(/=+$/, '')];
  if (characters.length === 0) return 'it is empty';
  const bits = Math.floor(repeatedBlockLength(characters) * bitsPerCharacter(characters));
  if (bits < minKeyBits) return `it holds at most ${bits} bits, and ${minKeyBits} (32 random bytes) are needed`;
  if (observedBitsPerCharacter(characters) < minBitsPerCharacter) return 'it is made of too few different characters';
  return null;
}
