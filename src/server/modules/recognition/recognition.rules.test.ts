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
  const ranked = Array.from({ length: 20 }, (_, i) => ({ personId: `p${i + 1}` }));

  it('the top three and my neighbours, never the bottom', () => {
    expect(leaderboardWindow(ranked, 'p10').map((row) => row.rank)).toEqual([1, 2, 3, 8, 9, 10, 11, 12]);
    expect(leaderboardWindow(ranked, null).map((row) => row.rank)).toEqual([1, 2, 3]);
    expect(leaderboardWindow(ranked, 'p20').map((row) => row.rank)).toEqual([1, 2, 3, 18, 19, 20]);
  });
});
