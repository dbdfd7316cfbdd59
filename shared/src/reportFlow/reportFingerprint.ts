/**
 * A short fingerprint of the report's text (53-bit cyrb53, as hex), so an agreement can say which
 * text it was given to and a later change is noticed. Not a defence against forgery: only the relay
 * records agreements, from the text it renders itself. Plain arithmetic, so a browser on a plain
 * http LAN address (no `crypto.subtle`) computes the same value as the relay.
 */
export function reportFingerprint(text: string): string {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return (4294967296 * (2097151 & second) + (first >>> 0)).toString(16);
}
