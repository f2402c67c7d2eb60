import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erased = '[verwijderd]';

/**
 * The WorkOuts the person took part in with their own reflection, the ones they led as manager, and
 * their personal next steps. Team next steps belong to the team and stay as they are.
 */
export const workoutsPersonalData: PersonalDataContributor[] = [
  {
    name: 'workouts',
    kind: 'development',
    async export(tenant, personId) {
      const joined = await tenant
        .selectFrom('workout_participants')
        .innerJoin('workouts', (join) =>
          join
            .onRef('workouts.organisation_id', '=', 'workout_participants.organisation_id')
            .onRef('workouts.id', '=', 'workout_participants.workout_id'),
        )
        .select([
          'workouts.id as workoutId',
          'workouts.title',
          'workouts.planned_on as plannedOn',
          'workouts.status',
          'workouts.reflection_question as reflectionQuestion',
          'workout_participants.reflection',
          'workout_participants.reflected_at as reflectedAt',
        ])
        .where('workout_participants.person_id', '=', personId)
        .orderBy('workouts.planned_on')
        .execute();
      const led = await tenant
        .selectFrom('workouts')
        .select(['id as workoutId', 'title', 'planned_on as plannedOn', 'status', 'done_at as doneAt'])
        .where('manager_id', '=', personId)
        .orderBy('planned_on')
        .execute();
      const steps = await tenant
        .selectFrom('workout_next_steps')
        .select(['workout_id as workoutId', 'title', 'plan_action_id as planActionId'])
        .where('person_id', '=', personId)
        .where('kind', '=', 'personal')
        .orderBy('position')
        .execute();
      return [
        { name: 'workouts-joined', rows: joined },
        { name: 'workouts-led', rows: led },
        { name: 'workout-next-steps', rows: steps },
      ];
    },
    async erase(tenant, personId) {
      const reflections = await tenant
        .updateTable('workout_participants')
        .set({ reflection: erased })
        .where('person_id', '=', personId)
        .where('reflection', 'is not', null)
        .executeTakeFirst();
      const steps = await tenant
        .updateTable('workout_next_steps')
        .set({ title: erased })
        .where('person_id', '=', personId)
        .where('kind', '=', 'personal')
        .executeTakeFirst();
      return Number(reflections.numUpdatedRows) + Number(steps.numUpdatedRows);
    },
  },
];
