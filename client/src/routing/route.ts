import { boardIdPattern } from '@washup/shared/board';
import { boardViewIds, type BoardViewId } from '@washup/shared/room';

/**
 * The views of an open board, each with its own address `/b/<boardId>/<view>` (the board is the
 * default). The list lives in `shared/src/room/presentation.ts`: the Lead Reviewer presents these views.
 */
export { boardViewIds, type BoardViewId };

/** The screen link's page: what the Lead Reviewer presents, for a projector (`/b/<boardId>/screen`). */
const screenSegment = 'screen';

/** The pages of the app, addressed by pathname: `/`, `/b/<boardId>[/<view>]` and `/b/<boardId>/screen`. */
export type Route =
  | { page: 'landing' }
  | { page: 'board'; boardId: string; view: BoardViewId }
  | { page: 'screen'; boardId: string }
  | { page: 'notFound' };

const isBoardView = (value: string): value is BoardViewId => (boardViewIds as readonly string[]).includes(value);

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  const match = /^\/b\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(pathname);
  const boardId = match?.[1];
  const view = match?.[2] ?? 'board';
  if (boardId && boardIdPattern.test(boardId) && view === screenSegment) return { page: 'screen', boardId };
  if (boardId && boardIdPattern.test(boardId) && isBoardView(view)) return { page: 'board', boardId, view };
  return { page: 'notFound' };
}

export function boardPath(boardId: string, view: BoardViewId = 'board'): string {
  return view === 'board' ? `/b/${boardId}` : `/b/${boardId}/${view}`;
}

export function screenPath(boardId: string): string {
  return `/b/${boardId}/${screenSegment}`;
}
