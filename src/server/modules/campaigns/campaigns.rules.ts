import { addDays, type CalendarDate, daysBetween } from '../../core/calendar.ts';

// Pure rules of campaigns: phases, status, quiet hours and theme occurrences.

export type Phase = 'hum' | 'sing' | 'shout';
export type CampaignDates = { startsOn: string; singFrom: string; shoutFrom: string; endsOn: string };

/** The phase a day falls in (null outside the campaign). */
export function phaseOn(dates: CampaignDates, day: CalendarDate): Phase | null {
  if (day < dates.startsOn || day > dates.endsOn) return null;
  if (day >= dates.shoutFrom) return 'shout';
  if (day >= dates.singFrom) return 'sing';
  return 'hum';
}

/** The last day of a phase: the day before the next begins, the campaign's end for shout. */
export function phaseEnd(dates: CampaignDates, phase: Phase): CalendarDate {
  if (phase === 'hum') return dates.singFrom > dates.startsOn ? addDays(dates.singFrom, -1) : dates.startsOn;
  if (phase === 'sing')
    return dates.shoutFrom > dates.singFrom ? addDays(dates.shoutFrom, -1) : dates.singFrom;
  return dates.endsOn;
}

export function campaignStatus(
  row: { status: 'draft' | 'launched' | 'stopped' } & CampaignDates,
  today: CalendarDate,
): 'draft' | 'scheduled' | 'running' | 'ended' | 'stopped' {
  if (row.status !== 'launched') return row.status;
  if (today < row.startsOn) return 'scheduled';
  if (today > row.endsOn) return 'ended';
  return 'running';
}

const minutesOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** The wall-clock time (HH:MM) of an instant in a time zone. */
export function wallClock(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** Quiet hours run from `from` to `until` (over midnight when `from` is later); equal means none. */
export function isQuiet(at: Date, timeZone: string, from: string, until: string): boolean {
  const now = minutesOf(wallClock(at, timeZone));
  const start = minutesOf(from);
  const end = minutesOf(until);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The same month and day in another year (29 February becomes the 28th outside leap years). */
function inYear(date: CalendarDate, year: number): CalendarDate {
  const monthDay = date.slice(5);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !isLeap ? '02-28' : monthDay}`;
}

/** A theme's occurrence running today or the next one (yearly themes come back every year). */
export function themeOccurrence(
  theme: { startsOn: string; endsOn: string; recurrence: 'yearly' | 'once' },
  today: CalendarDate,
): { startsOn: CalendarDate; endsOn: CalendarDate } {
  if (theme.recurrence === 'once') return { startsOn: theme.startsOn, endsOn: theme.endsOn };
  const length = daysBetween(theme.startsOn, theme.endsOn);
  const year = Number(today.slice(0, 4));
  for (const candidate of [year - 1, year, year + 1]) {
    const startsOn = inYear(theme.startsOn, candidate);
    const endsOn = addDays(startsOn, length);
    if (endsOn >= today) return { startsOn, endsOn };
  }
  const startsOn = inYear(theme.startsOn, year + 1);
  return { startsOn, endsOn: addDays(startsOn, length) };
}

export const isThemeCurrent = (occurrence: { startsOn: string; endsOn: string }, today: CalendarDate) =>
  occurrence.startsOn <= today && today <= occurrence.endsOn;
