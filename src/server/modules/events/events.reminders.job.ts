import { runChange } from '../../core/change.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { notifyAboutSession } from './events.notify.ts';
import { confirmedPeople } from './events.registrations.repository.ts';
import { findSession, markReminded, sessionsToRemind } from './events.repository.ts';

/** A day before: everyone with a seat gets a reminder, once per session (marked in the same change). */
export async function remindUpcomingSessions(deps: ModuleDeps, now = new Date()) {
  const due = await sessionsToRemind(deps.db, new Date(now.getTime() + 24 * 3_600_000), now);
  let reminded = 0;
  for (const { organisation_id: organisationId, id } of due) {
    const ctx = await organisationContextOf(deps, organisationId, now);
    await runChange(
      ctx,
      async (tx) => {
        if (!Number((await markReminded(tx.db, id, now)).numUpdatedRows)) return;
        const session = (await findSession(tx.db, id))!;
        const title =
          (await contentHeadlines(tx.db, [session.content_id], 'nl')).get(session.content_id)?.title ?? '';
        for (const person of await confirmedPeople(tx.db, id))
          if (person.status === 'confirmed') {
            await notifyAboutSession(tx.db, person.person_id, 'event_reminder', session, {
              title,
              baseUrl: deps.config.baseUrl,
              timeZone: tx.timeZone,
            });
            reminded += 1;
          }
      },
      { lock: { table: 'event_sessions', id } },
    );
  }
  return { reminded };
}
