import { z } from 'zod';

/** Board ids are 22 URL-safe characters (128 random bits), so they can't be guessed or enumerated. */
export const boardIdPattern = /^[A-Za-z0-9_-]{22}$/;
export const boardIdSchema = z.string().regex(boardIdPattern, 'a board id is 22 URL-safe characters');
export type BoardId = z.infer<typeof boardIdSchema>;

/** A board has two documents: the board doc everyone edits, and the relay doc only the relay writes. */
export type DocKind = 'board' | 'relay';

export interface DocAddress {
  boardId: string;
  kind: DocKind;
}

/**
 * The relay doc's name on the wire and in storage. It kept the suffix it had before the relay doc
 * had its name, so boards already stored and clients already installed keep working.
 */
const relayDocSuffix = 'session';

/** The storage and room name of a board's document: `<boardId>` or `<boardId>/session`. */
export function docName({ boardId, kind }: DocAddress): string {
  return kind === 'board' ? boardId : `${boardId}/${relayDocSuffix}`;
}

export function parseDocName(name: string): DocAddress | null {
  const [boardId, suffix, ...rest] = name.split('/');
  if (!boardId || !boardIdPattern.test(boardId) || rest.length > 0) return null;
  if (suffix === undefined) return { boardId, kind: 'board' };
  if (suffix === relayDocSuffix) return { boardId, kind: 'relay' };
  return null;
}
