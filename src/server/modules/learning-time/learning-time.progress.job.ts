import { calendarDateOf } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { completionsWithDuration, contentHeadlines } from '../catalogue/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { bookLearningTime } from './learning-time.service.ts';

/** How far back a run looks: a missed run (or a restart) books what it missed. */
const LOOK_BACK_MS = 3 * 86_400_000;

/**
 * Time learned online: every completed item that states its duration books that many minutes on the day
 * it was completed (source `progress`, the item as source). Booked once per person and item, so running
 * again, or completing again, changes nothing.
 */
export async function bookProgressTime(deps: ModuleDeps, now = new Date()) {
  const done = await completionsWithDuration(deps.db, new Date(now.getTime() - LOOK_BACK_MS));
  const byOrganisation = new Map<string, typeof done>();
  for (const row of done)
    byOrganisation.set(row.organisation_id, [...(byOrganisation.get(row.organisation_id) ?? []), row]);
  let booked = 0;
  for (const [organisationId, rows] of byOrganisation) {
    const ctx = await organisationContextOf(deps, organisationId, now);
    await runChange(ctx, async (tx) => {
      const titles = await contentHeadlines(tx.db, [...new Set(rows.map((r) => r.content_id))], ctx.locale);
      for (const row of rows)
        if (
          await bookLearningTime(tx, {
            personId: row.person_id,
            date: calendarDateOf(row.completed_at!, tx.timeZone),
            minutes: row.duration_minutes!,
            source: 'progress',
            sourceId: row.content_id,
            description: titles.get(row.content_id)?.title ?? '',
          })
        )
          booked += 1;
    });
  }
  return { booked };
}
