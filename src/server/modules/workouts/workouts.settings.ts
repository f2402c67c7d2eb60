import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { assertCan } from '../access/index.ts';

// The organisation's WorkOut settings: for now the days before the reflection reminder.

/** Days after the session before a participant without a reflection is reminded, when nobody chose. */
export const DEFAULT_REFLECTION_REMINDER_DAYS = 2;
/** The fewest days an organisation may choose: the job looks this far back across organisations. */
export const MIN_REFLECTION_REMINDER_DAYS = 1;
export const MAX_REFLECTION_REMINDER_DAYS = 14;

export type WorkoutSettings = { reflectionReminderDays: number };

export async function workoutSettingsOf(tenant: TenantDb): Promise<WorkoutSettings> {
  const row = await tenant
    .selectFrom('workout_settings')
    .select('reflection_reminder_days')
    .executeTakeFirst();
  return { reflectionReminderDays: row?.reflection_reminder_days ?? DEFAULT_REFLECTION_REMINDER_DAYS };
}

/** Anyone signed in may read them (a manager sees when the team is reminded). */
export const readWorkoutSettings = (ctx: Ctx) => workoutSettingsOf(ctx.db);

/** L&D, who also set up events and the library, choose the reminder delay. */
export async function setWorkoutSettings(ctx: Ctx, input: WorkoutSettings) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const row = { reflection_reminder_days: input.reflectionReminderDays, updated_at: tx.now() };
    await tx.db
      .insertInto('workout_settings', row)
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet(row))
      .execute();
    tx.record({ action: 'workout.settings_changed', subjectId: tx.organisationId, changes: input });
    return input;
  });
}
