import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of WorkOuts, on the organisation-scoped database.

export const ownTemplates = (tenant: TenantDb) =>
  tenant
    .selectFrom('workout_templates')
    .select([
      'id',
      'language',
      'title',
      'theme',
      'assignment',
      'reflection_question',
      'duration_minutes',
      'created_by',
    ])
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();

export const findTemplate = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('workout_templates')
    .select(['id', 'title', 'assignment', 'reflection_question', 'duration_minutes', 'created_by'])
    .where('id', '=', id)
    .executeTakeFirst();

export const updateTemplate = (
  tenant: TenantDb,
  id: string,
  row: {
    language: 'nl' | 'en';
    title: string;
    theme: string;
    assignment: string;
    reflection_question: string;
    duration_minutes: number;
  },
) => tenant.updateTable('workout_templates').set(row).where('id', '=', id).execute();

/** Plans made from it keep their copy: their template_id turns NULL (ON DELETE SET NULL). */
export const deleteTemplate = (tenant: TenantDb, id: string) =>
  tenant.deleteFrom('workout_templates').where('id', '=', id).executeTakeFirst();

export const insertTemplate = (
  tenant: TenantDb,
  row: {
    language: 'nl' | 'en';
    title: string;
    theme: string;
    assignment: string;
    reflection_question: string;
    duration_minutes: number;
    created_by: string | null;
  },
) => tenant.insertInto('workout_templates', row).returning('id').executeTakeFirstOrThrow();

/** Of these people, the ones who report to the manager directly. */
export async function directReportsAmong(tenant: TenantDb, managerId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tenant
    .selectFrom('people')
    .select('id')
    .where('manager_id', '=', managerId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((row) => row.id));
}

export const hasReports = async (tenant: TenantDb, managerId: string) =>
  Boolean(
    await tenant.selectFrom('people').select('id').where('manager_id', '=', managerId).executeTakeFirst(),
  );

export const insertWorkout = (
  tenant: TenantDb,
  row: {
    library_key: string | null;
    template_id: string | null;
    manager_id: string;
    title: string;
    assignment: string;
    reflection_question: string;
    duration_minutes: number;
    planned_on: string;
    content_id: string | null;
  },
) => tenant.insertInto('workouts', row).returning('id').executeTakeFirstOrThrow();

export const insertParticipants = (tenant: TenantDb, workoutId: string, personIds: string[]) =>
  tenant
    .insertInto(
      'workout_participants',
      personIds.map((person_id) => ({ workout_id: workoutId, person_id })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();

const workoutColumns = [
  'workouts.id',
  'workouts.title',
  'workouts.assignment',
  'workouts.reflection_question',
  'workouts.duration_minutes',
  sql<string>`workouts.planned_on::text`.as('planned_on'),
  'workouts.content_id',
  'workouts.status',
  'workouts.done_at',
  'workouts.manager_id',
  'm.given_name',
  'm.family_name_prefix',
  'm.family_name',
  sql<number>`(SELECT count(*)::int FROM workout_participants p WHERE p.organisation_id = workouts.organisation_id
    AND p.workout_id = workouts.id)`.as('participant_count'),
  sql<number>`(SELECT count(*)::int FROM workout_participants p WHERE p.organisation_id = workouts.organisation_id
    AND p.workout_id = workouts.id AND p.reflection IS NOT NULL)`.as('reflection_count'),
] as const;

const withManager = (tenant: TenantDb) =>
  tenant
    .selectFrom('workouts')
    .innerJoin('people as m', (join) =>
      join
        .onRef('m.organisation_id', '=', 'workouts.organisation_id')
        .onRef('m.id', '=', 'workouts.manager_id'),
    );

export type WorkoutRow = NonNullable<Awaited<ReturnType<typeof findWorkout>>>;

export const findWorkout = (tenant: TenantDb, id: string) =>
  withManager(tenant).select(workoutColumns).where('workouts.id', '=', id).executeTakeFirst();

/** The WorkOuts I lead or take part in, newest first. */
export const workoutsOf = (tenant: TenantDb, personId: string) =>
  withManager(tenant)
    .select(workoutColumns)
    .where((eb) =>
      eb.or([
        eb('workouts.manager_id', '=', personId),
        eb.exists(
          eb
            .selectFrom('workout_participants as p')
            .select('p.person_id')
            .whereRef('p.organisation_id', '=', 'workouts.organisation_id')
            .whereRef('p.workout_id', '=', 'workouts.id')
            .where('p.person_id', '=', personId),
        ),
      ]),
    )
    .orderBy('workouts.planned_on', 'desc')
    .orderBy('workouts.id')
    .limit(200)
    .execute();

export const participantsOf = (tenant: TenantDb, workoutIds: readonly string[]) =>
  workoutIds.length === 0
    ? Promise.resolve([])
    : tenant
        .selectFrom('workout_participants')
        .innerJoin('people', (join) =>
          join
            .onRef('people.organisation_id', '=', 'workout_participants.organisation_id')
            .onRef('people.id', '=', 'workout_participants.person_id'),
        )
        .select([
          'workout_participants.workout_id',
          'workout_participants.person_id',
          'workout_participants.reflection',
          'workout_participants.reflected_at',
          'people.given_name',
          'people.family_name_prefix',
          'people.family_name',
        ])
        .where('workout_participants.workout_id', 'in', [...workoutIds])
        .orderBy('people.given_name')
        .execute();

export const saveReflection = (
  tenant: TenantDb,
  workoutId: string,
  personId: string,
  text: string,
  at: Date,
) =>
  tenant
    .updateTable('workout_participants')
    .set({ reflection: text, reflected_at: at })
    .where('workout_id', '=', workoutId)
    .where('person_id', '=', personId)
    .executeTakeFirst();

export const markDone = (tenant: TenantDb, id: string, at: Date) =>
  tenant.updateTable('workouts').set({ status: 'done', done_at: at }).where('id', '=', id).execute();

export const insertNextStep = (
  tenant: TenantDb,
  row: {
    workout_id: string;
    title: string;
    kind: 'personal' | 'team';
    person_id: string | null;
    plan_action_id: string | null;
    team_goal_id: string | null;
    position: number;
  },
) => tenant.insertInto('workout_next_steps', row).execute();

export const nextStepsOf = (tenant: TenantDb, workoutId: string) =>
  tenant
    .selectFrom('workout_next_steps')
    .leftJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'workout_next_steps.organisation_id')
        .onRef('people.id', '=', 'workout_next_steps.person_id'),
    )
    .select([
      'workout_next_steps.id',
      'workout_next_steps.kind',
      'workout_next_steps.title',
      'workout_next_steps.person_id',
      'workout_next_steps.plan_action_id',
      'workout_next_steps.team_goal_id',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
    ])
    .where('workout_next_steps.workout_id', '=', workoutId)
    .orderBy('workout_next_steps.position')
    .execute();

export const unitOf = async (tenant: TenantDb, personId: string) =>
  (await tenant.selectFrom('people').select('org_unit_id').where('id', '=', personId).executeTakeFirst())
    ?.org_unit_id ?? null;
