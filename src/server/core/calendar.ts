/** The organisation's calendar: a date is what the clock on the wall says where people work. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** yyyy-mm-dd of an instant in a time zone (en-CA formats dates that way). */
export function calendarDateOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
