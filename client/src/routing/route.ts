import { boardIdPattern } from '@washup/shared/board';

/** The views of an open board, each with its own address `/b/<boardId>/<view>` (the board is the default). */
export const boardViewIds = ['board', 'capture', 'vote', 'council', 'pstb', 'report'] as const;
export type BoardViewId = (typeof boardViewIds)[number];

/** The pages of the app, addressed by pathname: `/` and `/b/<boardId>[/<view>]`. */
export type Route = { page: 'landing' } | { page: 'board'; boardId: string; view: BoardViewId } | { page: 'notFound' };

const isBoardView = (value: string): value is BoardViewId => (boardViewIds as readonly string[]).includes(value);

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  const match = /^\/b\/([^/]+)(?:\/([a-z]+))?\/?$/.exec(pathname);
  const boardId = match?.[1];
  const view = match?.[2] ?? 'board';
  if (boardId && boardIdPattern.test(boardId) && isBoardView(view)) return { page: 'board', boardId, view };
  return { page: 'notFound' };
}

export function boardPath(boardId: string, view: BoardViewId = 'board'): string {
  return view === 'board' ? `/b/${boardId}` : `/b/${boardId}/${view}`;
}
