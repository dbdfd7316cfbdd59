import { z } from 'zod';

/** Board ids are 22 URL-safe characters (128 random bits), so they can't be guessed or enumerated. */
export const boardIdPattern = /^[A-Za-z0-9_-]{22}$/;
export const boardIdSchema = z.string().regex(boardIdPattern, 'a board id is 22 URL-safe characters');
export type BoardId = z.infer<typeof boardIdSchema>;

export type DocKind = 'board' | 'session';

export interface DocAddress {
  boardId: string;
  kind: DocKind;
}

/** The storage and room name of a board's document: `<boardId>` or `<boardId>/session`. */
export function docName({ boardId, kind }: DocAddress): string {
  return kind === 'board' ? boardId : `${boardId}/session`;
}

export function parseDocName(name: string): DocAddress | null {
  const [boardId, suffix, ...rest] = name.split('/');
  if (!boardId || !boardIdPattern.test(boardId) || rest.length > 0) return null;
  if (suffix === undefined) return { boardId, kind: 'board' };
  if (suffix === 'session') return { boardId, kind: 'session' };
  return null;
}
