// Clash detection for a personal schedule: two sessions clash when their times overlap (touching ends,
// 10:00–11:00 and 11:00–12:00, do not). Pure, so it is unit-tested without a database.

export type Timed = { id: string; startsAt: string | Date; endsAt: string | Date };

const ms = (value: string | Date) => (typeof value === 'string' ? Date.parse(value) : value.getTime());

export const overlaps = (a: Timed, b: Timed) =>
  ms(a.startsAt) < ms(b.endsAt) && ms(b.startsAt) < ms(a.endsAt);

/**
 * For every session, the ids of the sessions in my schedule it overlaps (never itself). A session in
 * my schedule with a non-empty list is a clash in my schedule; one outside it would make one.
 */
export function clashesWithSchedule(sessions: readonly Timed[], schedule: readonly Timed[]) {
  const result = new Map<string, string[]>();
  for (const session of sessions)
    result.set(
      session.id,
      schedule.filter((mine) => mine.id !== session.id && overlaps(session, mine)).map((mine) => mine.id),
    );
  return result;
}
