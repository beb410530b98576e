/** The subscriber's local day of an instant (YYYY-MM-DD): one digest per subscriber and day. */
export function localDayOf(instant: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
