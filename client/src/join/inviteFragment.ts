/**
 * An invite link is `/b/<boardId>#invite=<token>`: the token sits in the fragment, which the
 * browser never sends to a server or writes into logs.
 */
export function readInviteFromUrl(hash: string = window.location.hash): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('invite')?.trim();
  return token ? token : null;
}

/** Takes the invite out of the address bar (and out of history), once it has been used. */
export function clearInviteFromUrl(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}
