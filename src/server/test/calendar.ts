import { addDays, calendarDateOf, yearOf } from '../core/calendar.ts';

// "Today" as the server computes it for test organisations (the default time zone, Europe/Amsterdam),
// so tests agree with it after 23:00 UTC too.

export const today = () => calendarDateOf(new Date());
/** The date `days` from today (earlier when negative). */
export const inDays = (days: number) => addDays(today(), days);
export const thisYear = () => yearOf(today());
