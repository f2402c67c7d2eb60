import { describe, expect, it } from 'vitest';
import { deriveCurrentLevel, type RatingForRule } from './skills.level-rule.ts';

let n = 0;
const rating = (source: RatingForRule['source'], level: number, ratedOn: string): RatingForRule => ({
  id: `r${n++}`,
  source,
  level,
  ratedOn,
  createdAt: new Date(`${ratedOn}T12:00:00Z`),
});
const today = '2026-06-01';

describe('the current-level rule', () => {
  it('takes a manager rating from the last 12 months over a newer self rating', () => {
    const result = deriveCurrentLevel(
      [rating('self', 4, '2026-05-01'), rating('manager', 3, '2025-07-01')],
      today,
    );
    expect(result).toMatchObject({ level: 3, reason: 'manager_recent' });
  });

  it('falls back to the latest self rating when the manager rating is older than 12 months', () => {
    const result = deriveCurrentLevel(
      [rating('manager', 2, '2025-05-01'), rating('self', 3, '2024-01-01'), rating('self', 4, '2026-01-01')],
      today,
    );
    expect(result).toMatchObject({ level: 4, reason: 'self_latest' });
  });

  it('uses an old manager rating when there is no self rating, then the highest evidence', () => {
    expect(deriveCurrentLevel([rating('manager', 2, '2020-01-01')], today)).toMatchObject({
      reason: 'manager_older',
    });
    expect(
      deriveCurrentLevel([rating('evidence', 2, '2026-01-01'), rating('evidence', 3, '2025-01-01')], today),
    ).toMatchObject({ level: 3, reason: 'evidence_highest' });
  });

  it('never lets peer endorsements alone set a level', () => {
    expect(deriveCurrentLevel([rating('peer', 5, '2026-05-01')], today)).toBeNull();
  });
});
