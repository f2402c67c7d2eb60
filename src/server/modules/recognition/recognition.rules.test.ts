import { describe, expect, it } from 'vitest';
import { leaderboardWindow, weeklyStreak, weekOf } from './recognition.rules.ts';

// 2026-03-16 is a Monday.
describe('the weekly streak', () => {
  it('counts consecutive weeks with a step, this week included', () => {
    expect(weekOf('2026-03-22')).toBe('2026-03-16');
    expect(weeklyStreak(['2026-03-17', '2026-03-10', '2026-03-03'], '2026-03-18')).toEqual({
      weeks: 3,
      graceUsed: false,
      activeThisWeek: true,
    });
  });

  it('is not broken by this week while it is still open', () => {
    expect(weeklyStreak(['2026-03-10', '2026-03-03'], '2026-03-18').weeks).toBe(2);
  });

  it('forgives one missed week: the grace week', () => {
    const streak = weeklyStreak(['2026-03-17', '2026-03-03', '2026-02-24'], '2026-03-18');
    expect(streak).toEqual({ weeks: 3, graceUsed: true, activeThisWeek: true });
  });

  it('ends at a second missed week, or two missed in a row', () => {
    expect(weeklyStreak(['2026-03-17', '2026-03-03', '2026-02-17'], '2026-03-18').weeks).toBe(2);
    expect(weeklyStreak(['2026-03-17', '2026-02-24'], '2026-03-18').weeks).toBe(1);
    expect(weeklyStreak(['2026-02-24'], '2026-03-18').weeks).toBe(0);
  });
});

describe('what an individual leaderboard shows', () => {
  const board = Array.from({ length: 20 }, (_, i) => ({
    personId: `p${i + 1}`,
    name: `Naam ${i}`,
    score: 100 - i,
  }));

  it('the top three and my neighbours, never the bottom', () => {
    expect(leaderboardWindow(board, 'p10').map((row) => row.rank)).toEqual([1, 2, 3, 8, 9, 10, 11, 12]);
    expect(leaderboardWindow(board, null).map((row) => row.rank)).toEqual([1, 2, 3]);
    expect(leaderboardWindow(board, 'p20').map((row) => row.rank)).toEqual([1, 2, 3, 18, 19, 20]);
  });

  it('ranks equal scores by name', () => {
    const tied = [
      { personId: 'z', name: 'Zoë', score: 5 },
      { personId: 'e', name: 'Émile', score: 5 },
      { personId: 'a', name: 'anna', score: 5 },
      { personId: 'b', name: 'Bram', score: 9 },
    ];
    expect(leaderboardWindow(tied, null).map((row) => [row.rank, row.personId])).toEqual([
      [1, 'b'],
      [2, 'a'],
      [3, 'e'],
    ]);
  });

  it('gives the same window from only the groups of equal score it can touch', () => {
    // 30 people, three to a score: groups start at ranks 1, 4, 7, …
    const whole = Array.from({ length: 30 }, (_, i) => ({
      personId: `p${i}`,
      name: `Naam ${String.fromCharCode(97 + (i % 3))}`,
      score: 100 - Math.floor(i / 3),
      groupFirst: Math.floor(i / 3) * 3 + 1,
    }));
    const me = 'p16';
    const part = whole.filter((row) => row.groupFirst <= 3 || (row.groupFirst >= 13 && row.groupFirst <= 19));
    const expected = leaderboardWindow(
      whole.map(({ groupFirst: _, ...row }) => row),
      me,
    ).map((row) => [row.rank, row.personId]);
    expect(leaderboardWindow(part, me).map((row) => [row.rank, row.personId])).toEqual(expected);
    expect(expected.map(([rank]) => rank)).toEqual([1, 2, 3, 15, 16, 17, 18, 19]);
  });
});
