/** Reviews in England: the report's date is the date in England, wherever the server runs. */
const reportTimeZone = 'Europe/London';

/** "22 November 2025". */
export function reportDate(at: number): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: reportTimeZone }).format(at);
}

/** "2025-11-22": sorts by name in a folder of downloads. */
export function isoReportDate(at: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: reportTimeZone }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
