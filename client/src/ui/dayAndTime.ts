// One formatter for the whole app: building one per call would cost more than the text it makes.
const format = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** A moment as people read it in a record: "Fri 4 Dec, 14:05", in the device's own time zone. */
export function dayAndTime(ms: number): string {
  return format.format(ms);
}
