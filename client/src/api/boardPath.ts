/** Where a board's routes live: `/api/boards/:id`. */
export const boardPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;
