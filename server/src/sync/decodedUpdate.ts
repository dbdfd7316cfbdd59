import type * as Y from 'yjs';

/**
 * A client's update as `Y.decodeUpdate` reads it: its structs and its delete set. The relay
 * decodes each update once and every check before applying it reads this: decoding costs about as
 * much as all the checks together (a single-card edit on a board of 5,000 cards: 10–12 µs to
 * decode, 13–15 µs for the checks). The checks only read it.
 */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
