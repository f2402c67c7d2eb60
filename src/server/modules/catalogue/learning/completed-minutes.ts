import type { Executor } from '../../../db/database.ts';

/**
 * Completed items that state how long they take, completed since a moment, in every organisation: what
 * learning time books as time learned from online progress. Events are left out (attendance books
 * their sessions' own length).
 */
export const completionsWithDuration = (db: Executor, since: Date, limit = 2000) =>
  db
    .selectFrom('content_progress as p')
    .innerJoin('content_items as i', (join) =>
      join.onRef('i.organisation_id', '=', 'p.organisation_id').onRef('i.id', '=', 'p.content_id'),
    )
    .select(['p.organisation_id', 'p.person_id', 'p.content_id', 'p.completed_at', 'i.duration_minutes'])
    .where('p.completed_at', '>=', since)
    .where('i.duration_minutes', 'is not', null)
    .where('i.kind', '<>', 'event')
    .orderBy('p.completed_at')
    .limit(limit)
    .execute();
