import { addDays } from '../../core/calendar.ts';

/**
 * Points for meaningful actions, each with a daily cap: past the cap an action earns nothing that day,
 * so repeating it cannot farm points. The ledger is append-only; totals are sums of its rows.
 */
export const pointRules = {
  kudos_given: { points: 2, dailyCap: 3 },
  kudos_received: { points: 3, dailyCap: 5 },
  item_completed: { points: 10, dailyCap: 5 },
  path_completed: { points: 25, dailyCap: 2 },
  goal_achieved: { points: 20, dailyCap: 3 },
  applied: { points: 15, dailyCap: 3 },
  celebration_shared: { points: 1, dailyCap: 3 },
  event_attended: { points: 10, dailyCap: 2 },
  badge_earned: { points: 10, dailyCap: 3 },
} as const;
export type PointAction = keyof typeof pointRules;

/** Monday of the ISO week of a yyyy-mm-dd date. */
export function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((day + 6) % 7));
}

export type Streak = { weeks: number; graceUsed: boolean; activeThisWeek: boolean };

/**
 * The weekly learning streak: consecutive weeks with at least one step, counted back from this week
 * (or last week, while this one is still open). One missed week is forgiven once — the grace week; a
 * second missed week, or two in a row, ends the streak.
 */
export function weeklyStreak(activeDates: Iterable<string>, today: string): Streak {
  const active = new Set([...activeDates].map(weekOf));
  const thisWeek = weekOf(today);
  const previous = (week: string) => addDays(week, -7);
  let week = active.has(thisWeek) ? thisWeek : previous(thisWeek);
  let weeks = 0;
  let graceUsed = false;
  for (;;) {
    if (active.has(week)) {
      weeks += 1;
      week = previous(week);
    } else if (!graceUsed && active.has(previous(week))) {
      graceUsed = true;
      week = previous(week);
    } else break;
  }
  return { weeks, graceUsed: weeks > 0 && graceUsed, activeThisWeek: active.has(thisWeek) };
}

// Names in order, as `localeCompare` orders them (one collator, made once: `localeCompare` makes one per call).
export const byName = new Intl.Collator().compare;

export type BoardRow = { personId: string; name: string; score: number };

/**
 * Which rows of an individual leaderboard a reader sees: the top three, and — when the reader is on it —
 * their neighbours (two above, two below). Never the bottom of the list as such. Ranked by score, then by
 * name. `rows` may be the whole board, or only some whole groups of equal score, each row then knowing
 * where its group starts in the whole board (`groupFirst`, from 1): the database sends only the groups
 * the window can touch.
 */
export function leaderboardWindow<T extends BoardRow & { groupFirst?: number }>(
  rows: T[],
  me: string | null,
) {
  const sorted = [...rows].sort((a, b) => b.score - a.score || byName(a.name, b.name));
  let groupStart = 0;
  const ranked = sorted.map((row, index) => {
    if (index === 0 || sorted[index - 1]!.score !== row.score) groupStart = index;
    return { ...row, rank: (row.groupFirst ?? groupStart + 1) + index - groupStart };
  });
  const mine = me ? ranked.find((row) => row.personId === me)?.rank : undefined;
  return ranked.filter((row) => row.rank <= 3 || (mine !== undefined && Math.abs(row.rank - mine) <= 2));
}
