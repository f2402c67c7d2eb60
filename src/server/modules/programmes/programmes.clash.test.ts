import { describe, expect, it } from 'vitest';
import { clashesWithSchedule, overlaps } from './programmes.clash.ts';

const at = (hour: number, minute = 0) =>
  `2027-01-11T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
const session = (id: string, from: [number, number], to: [number, number]) => ({
  id,
  startsAt: at(...from),
  endsAt: at(...to),
});

describe('clash detection', () => {
  it('sees overlapping sessions, not sessions that only touch', () => {
    expect(overlaps(session('a', [9, 0], [10, 0]), session('b', [9, 30], [11, 0]))).toBe(true);
    expect(overlaps(session('a', [9, 0], [10, 0]), session('b', [10, 0], [11, 0]))).toBe(false);
    expect(overlaps(session('a', [9, 0], [12, 0]), session('b', [10, 0], [11, 0]))).toBe(true);
  });

  it('names, for every session, the sessions in my schedule it overlaps', () => {
    const keynote = session('keynote', [9, 0], [10, 0]);
    const workshop = session('workshop', [9, 30], [11, 0]);
    const panel = session('panel', [10, 0], [11, 0]);
    const lunch = session('lunch', [12, 0], [13, 0]);
    const result = clashesWithSchedule([keynote, workshop, panel, lunch], [keynote, workshop]);
    expect(result.get('keynote')).toEqual(['workshop']);
    expect(result.get('workshop')).toEqual(['keynote']);
    expect(result.get('panel')).toEqual(['workshop']);
    expect(result.get('lunch')).toEqual([]);
  });
});
