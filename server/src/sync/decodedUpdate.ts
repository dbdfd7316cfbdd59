import type * as Y from 'yjs';

/**
 * A client's update as `Y.decodeUpdate` reads it: its structs and its delete set. The relay
 * decodes each update once and every check before applying it reads this: decoding costs as much
 * as a check (a single-card edit on a board of 5,000 cards: 11 µs to decode, 11 more to check its
 * record). The checks only read it.
 */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
