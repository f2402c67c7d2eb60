import type { Locale } from '../../shared/locales.ts';

// The organisation's calendar: a date is what the clock on the wall says where people work, not what
// it says in UTC. Calendar dates are "yyyy-mm-dd" strings (PostgreSQL `date`); instants are Dates.
// Pure functions on Intl, no dependency: the organisation's zone comes from its settings.

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** A calendar date, yyyy-mm-dd. */
export type CalendarDate = string;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Per zone, the last minute asked and its date: formatting in a zone costs ~25 µs, every request asks. */
const lastDates = new Map<string, { minute: number; date: CalendarDate }>();

/** yyyy-mm-dd of an instant in a time zone (en-CA formats dates that way). */
export function calendarDateOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): CalendarDate {
  // A zone's date changes only on a whole minute (offsets since 1970 are whole minutes; before, some
  // zones kept local mean time with seconds, so those instants are formatted every time).
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute < 0) return formatDate(instant, timeZone);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute) return last.date;
  const date = formatDate(instant, timeZone);
  if (lastDates.size > 1000) lastDates.clear();
  lastDates.set(timeZone, { minute, date });
  return date;
}

function formatDate(instant: Date, timeZone: string): CalendarDate {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** Noon UTC of a calendar date: date arithmetic on it never crosses a day boundary. */
const noonOf = (date: CalendarDate) => {
  const time = Date.parse(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time)) throw new RangeError(`not a date: ${date}`);
  return time;
};
const dayMs = 86_400_000;

/** The date `days` later (earlier when negative); a calendar day, whatever the clocks do that night. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(noonOf(date) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((noonOf(to) - noonOf(from)) / dayMs);
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** Months earlier, clamped to the month's last day (31 May minus three months is 28 or 29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

const intlLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** A meeting's date and time as people in its time zone read it, in their language. */
export function formatMeetingTime(
  instant: Date,
  locale: Locale,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(instant);
}

/** A calendar date in words ("3 maart 2026", "3 March 2026"); the same everywhere, it has no time. */
export function formatCalendarDate(date: CalendarDate, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(noonOf(date)),
  );
}

let zones: ReadonlySet<string> | undefined;

/** An IANA time zone this runtime knows (Intl's list, plus UTC, which the list leaves out). */
export function isTimeZone(value: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones.has(value);
}
