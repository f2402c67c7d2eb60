import { sql } from 'kysely';
import { addDays, calendarDateOf, formatCalendarDate } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { ModuleDeps } from '../../core/module.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { notifyPerson } from '../notifications/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { findWorkout } from './workouts.repository.ts';
import { MIN_REFLECTION_REMINDER_DAYS, workoutSettingsOf } from './workouts.settings.ts';

/** Planned WorkOuts, across organisations, old enough to remind about with someone not yet reminded. */
const workoutsToRemind = (db: TenantDb['executor'], lastDay: string) =>
  db
    .selectFrom('workouts')
    .select(['organisation_id', 'id'])
    .where('status', '=', 'planned')
    .where('planned_on', '<=', sql<string>`${lastDay}::date`)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('workout_participants as p')
          .select('p.person_id')
          .whereRef('p.organisation_id', '=', 'workouts.organisation_id')
          .whereRef('p.workout_id', '=', 'workouts.id')
          .where('p.reflection', 'is', null)
          .where('p.reminded_at', 'is', null),
      ),
    )
    .limit(500)
    .execute();

/** Marks who is reminded now, in the same change as the messages: nobody gets a second one. */
const markReminded = (tenant: TenantDb, workoutId: string, at: Date) =>
  tenant
    .updateTable('workout_participants')
    .set({ reminded_at: at })
    .where('workout_id', '=', workoutId)
    .where('reflection', 'is', null)
    .where('reminded_at', 'is', null)
    .returning('person_id')
    .execute();

/**
 * Every participant of a planned WorkOut who has not reflected N days after the session (N: the
 * organisation's setting, 2 by default) gets one reminder, on the bell and by mail in their language,
 * linking the WorkOut.
 */
export async function remindReflections(deps: ModuleDeps, now = new Date()) {
  // The shortest delay any organisation may choose plus a day of slack for time zones ahead of UTC;
  // each organisation's own delay and "today" decide below.
  const loose = addDays(calendarDateOf(now, 'UTC'), 1 - MIN_REFLECTION_REMINDER_DAYS);
  let reminded = 0;
  for (const { organisation_id: organisationId, id } of await workoutsToRemind(deps.db, loose)) {
    const ctx = await organisationContextOf(deps, organisationId, now);
    await runChange(
      ctx,
      async (tx) => {
        const workout = await findWorkout(tx.db, id);
        if (workout?.status !== 'planned') return;
        const { reflectionReminderDays } = await workoutSettingsOf(tx.db);
        if (workout.planned_on > addDays(tx.today(), -reflectionReminderDays)) return;
        const people = await markReminded(tx.db, id, now);
        for (const { person_id: personId } of people)
          await notifyPerson(tx.db, personId, {
            kind: 'workout_reflection_reminder',
            vars: ({ name, locale }) => ({
              name,
              title: workout.title,
              question: workout.reflection_question,
              when: formatCalendarDate(workout.planned_on, locale),
              link: `${deps.config.baseUrl}/workouts/${id}`,
            }),
          });
        reminded += people.length;
        if (people.length > 0)
          tx.record({
            action: 'workout.reflection_reminded',
            subjectId: id,
            changes: { people: people.length },
          });
      },
      { lock: { table: 'workouts', id } },
    );
  }
  return { reminded };
}
