// One formatter for every card: building one per card would cost more than the card's render.
const format = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** When a card was captured: short on the card ("Tue 14:05"), in full for its tooltip. */
export function capturedAtLabel(capturedAt: number): { short: string; full: string } {
  const date = new Date(capturedAt);
  return { short: format.format(date), full: fullFormat.format(date) };
}
