import { addDays, daysBetween } from '../../core/calendar.ts';
import type { BlockRow, NormFacts, NormRule } from './learning-time.repository.ts';

// Pure rules of the week view: which week a day is in, when blocks occur, and whose norm applies.

/** Full time when HR left contract hours empty (as budgets count it). */
export const FULL_TIME_HOURS = 36;

/** Monday of the week a calendar date is in (weeks run Monday to Sunday, as in the Netherlands). */
export function weekOf(date: string): { start: string; end: string } {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const start = addDays(date, -weekday);
  return { start, end: addDays(start, 6) };
}

const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const blockMinutes = (block: Pick<BlockRow, 'start_time' | 'end_time'>) =>
  minutesOfDay(block.end_time) - minutesOfDay(block.start_time);

/** The days a block falls on between two dates (a weekly block once a week, on its first day's weekday). */
export function occurrencesOf(
  block: Pick<BlockRow, 'starts_on' | 'repeats_weekly' | 'repeat_until'>,
  from: string,
  to: string,
): string[] {
  if (!block.repeats_weekly) return block.starts_on >= from && block.starts_on <= to ? [block.starts_on] : [];
  const last = block.repeat_until && block.repeat_until < to ? block.repeat_until : to;
  const skip = Math.max(0, Math.ceil(daysBetween(block.starts_on, from) / 7));
  const days: string[] = [];
  for (let day = addDays(block.starts_on, skip * 7); day <= last; day = addDays(day, 7)) days.push(day);
  return days;
}

/**
 * A person's norm in minutes a week: a role's norm first (the largest if several), then the nearest
 * unit's up the tree, then the organisation's; a percentage counts against their contract hours.
 */
export function normMinutesOf(person: NormFacts, norms: NormRule[]): number {
  const roles = new Set(['employee', ...person.roles, ...(person.has_reports ? ['manager'] : [])]);
  const byRole = norms.filter((norm) => norm.scope === 'role' && norm.role && roles.has(norm.role));
  const minutes = (norm: NormRule) =>
    norm.minutes_per_week ??
    Math.round(((norm.percent_of_contract ?? 0) / 100) * (person.contract_hours ?? FULL_TIME_HOURS) * 60);
  if (byRole.length) return Math.max(...byRole.map(minutes));
  for (const unitId of person.unit_line) {
    const byUnit = norms.find((norm) => norm.scope === 'unit' && norm.org_unit_id === unitId);
    if (byUnit) return minutes(byUnit);
  }
  const organisation = norms.find((norm) => norm.scope === 'organisation');
  return organisation ? minutes(organisation) : 0;
}
