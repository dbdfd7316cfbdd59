/** The address an invite link opens: the board's page, with the token in the fragment so it reaches no server log. */
export function inviteUrl(baseUrl: string, boardId: string, token: string): string {
  return `${baseUrl}/b/${boardId}#invite=${token}`;
}
