import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateOf,
  DEFAULT_TIME_ZONE,
  daysBetween,
  formatCalendarDate,
  formatMeetingTime,
  isTimeZone,
  yearOf,
} from './calendar.ts';

const at = (iso: string) => new Date(iso);
// Intl writes no-break spaces in some languages; compare with plain ones.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('calendarDateOf', () => {
  it('is Amsterdam’s date by default, a day ahead of UTC just after midnight', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Europe/Amsterdam');
    // 00:30 in Amsterdam on 10 March (winter time, UTC+1) is still 9 March in UTC.
    expect(calendarDateOf(at('2026-03-09T23:30:00Z'))).toBe('2026-03-10');
    expect(at('2026-03-09T23:30:00Z').toISOString().slice(0, 10)).toBe('2026-03-09');
    // 23:30 in Amsterdam on 9 March is the same day in UTC.
    expect(calendarDateOf(at('2026-03-09T22:30:00Z'))).toBe('2026-03-09');
  });

  it('follows summer time (UTC+2): 00:30 and 23:30 local', () => {
    expect(calendarDateOf(at('2026-07-14T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-07-15');
    expect(calendarDateOf(at('2026-07-14T21:30:00Z'), 'Europe/Amsterdam')).toBe('2026-07-14');
  });

  it('gets the nights the clocks change right', () => {
    // 29 March 2026: 02:00 becomes 03:00. 00:30 local is 23:30 UTC the day before; 23:30 local is 21:30 UTC.
    expect(calendarDateOf(at('2026-03-28T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29');
    expect(calendarDateOf(at('2026-03-29T21:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29');
    expect(calendarDateOf(at('2026-03-29T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-30');
    // 25 October 2026: 03:00 becomes 02:00. 00:30 local is 22:30 UTC; 23:30 local is 22:30 UTC the same day.
    expect(calendarDateOf(at('2026-10-24T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-10-25');
    expect(calendarDateOf(at('2026-10-25T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-10-25');
    expect(calendarDateOf(at('2026-10-25T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-10-26');
  });

  it('works west of UTC too: 23:30 in Paramaribo is already tomorrow in UTC', () => {
    expect(calendarDateOf(at('2026-03-10T02:30:00Z'), 'America/Paramaribo')).toBe('2026-03-09');
    expect(calendarDateOf(at('2026-03-10T02:30:00Z'), 'UTC')).toBe('2026-03-10');
  });
});

describe('date arithmetic', () => {
  it('adds calendar days across the nights the clocks change and across years', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-09', 30)).toBe('2026-03-11');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts whole days between dates, whatever the clocks did', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
    expect(daysBetween('2026-05-05', '2026-05-05')).toBe(0);
  });

  it('knows the year of a date and moves by months to the month’s last day at most', () => {
    expect(yearOf('2026-12-31')).toBe(2026);
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2028-05-31', -3)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', -24)).toBe('2024-01-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('10-03-2026', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-02-30x', '2026-03-01')).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('writes a meeting time in the organisation’s time zone, in the reader’s language', () => {
    const meeting = at('2026-03-09T23:30:00Z');
    expect(plain(formatMeetingTime(meeting, 'nl', 'Europe/Amsterdam'))).toBe(
      'dinsdag 10 maart 2026 om 00:30',
    );
    expect(plain(formatMeetingTime(meeting, 'en', 'Europe/Amsterdam'))).toBe(
      'Tuesday, 10 March 2026 at 00:30',
    );
    expect(plain(formatMeetingTime(meeting, 'en', 'America/Paramaribo'))).toBe(
      'Monday, 9 March 2026 at 20:30',
    );
  });

  it('writes a calendar date the same wherever it is read', () => {
    expect(formatCalendarDate('2026-03-10', 'nl')).toBe('10 maart 2026');
    expect(formatCalendarDate('2026-03-10', 'en')).toBe('10 March 2026');
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones and UTC, not made-up ones', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('America/Paramaribo')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Groeistad')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('+01:00')).toBe(false);
  });
});
