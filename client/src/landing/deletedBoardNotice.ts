/** Carries "this board was deleted" from the board page to the start page, for one showing only. */
const key = 'washup:deletedBoard';

export function rememberDeletedBoard(title: string): void {
  sessionStorage.setItem(key, title);
}

/** The title of the board this tab just deleted, forgotten as it is read. */
export function takeDeletedBoard(): string | null {
  const title = sessionStorage.getItem(key);
  sessionStorage.removeItem(key);
  return title;
}
