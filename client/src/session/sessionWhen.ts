const format = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** When an earlier session ended (or, never started, was set up): "Fri 4 Dec, 14:05". */
export function sessionWhen(session: { createdAt: number; closedAt: number | null }): string {
  return format.format(session.closedAt ?? session.createdAt);
}
