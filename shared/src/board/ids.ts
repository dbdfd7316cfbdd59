import { z } from 'zod';

/** Board ids are 22 URL-safe characters (128 random bits), so they can't be guessed or enumerated. */
export const boardIdPattern = /^[A-Za-z0-9_-]{22}$/;
export const boardIdSchema = z.string().regex(boardIdPattern, 'a board id is 22 URL-safe characters');
export type BoardId = z.infer<typeof boardIdSchema>;

/** Participant ids are 16 URL-safe characters (see `newId`). */
export const participantIdPattern = /^[A-Za-z0-9_-]{16}$/;

/**
 * A board's documents: the board doc everyone on the team edits and every role reads, the relay
 * doc only the relay writes, and one private doc per participant that only that participant's
 * own token opens (their reviewer learning).
 */
export type DocAddress = { boardId: string; kind: 'board' } | { boardId: string; kind: 'relay' } | { boardId: string; kind: 'private'; participantId: string };
export type DocKind = DocAddress['kind'];

/**
 * The relay doc's name on the wire and in storage. It kept the suffix it had before the relay doc
 * had its name, so boards already stored and clients already installed keep working.
 */
const relayDocSuffix = 'session';

const privateDocSuffix = 'private';

/** The storage and room name of a board's document: `<boardId>`, `<boardId>/session` or `<boardId>/private/<participantId>`. */
export function docName(address: DocAddress): string {
  switch (address.kind) {
    case 'board':
      return address.boardId;
    case 'relay':
      return `${address.boardId}/${relayDocSuffix}`;
    case 'private':
      return `${address.boardId}/${privateDocSuffix}/${address.participantId}`;
  }
}

export function parseDocName(name: string): DocAddress | null {
  const [boardId, suffix, participantId, ...rest] = name.split('/');
  if (!boardId || !boardIdPattern.test(boardId) || rest.length > 0) return null;
  if (suffix === undefined) return { boardId, kind: 'board' };
  if (suffix === relayDocSuffix && participantId === undefined) return { boardId, kind: 'relay' };
  if (suffix === privateDocSuffix && participantId !== undefined && participantIdPattern.test(participantId)) return { boardId, kind: 'private', participantId };
  return null;
}
