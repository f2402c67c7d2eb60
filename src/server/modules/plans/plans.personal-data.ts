import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erased = '[verwijderd]';

export const plansPersonalData: PersonalDataContributor[] = [
  {
    name: 'plans',
    kind: 'development',
    async export(tenant, personId) {
      const plans = await tenant
        .selectFrom('development_plans')
        .select([
          'id',
          'period',
          'state',
          'shared_at as sharedAt',
          'agreed_at as agreedAt',
          'reviewed_at as reviewedAt',
          'created_at as createdAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      const planIds = plans.map((plan) => plan.id);
      if (!planIds.length) return [{ name: 'plans', rows: [] }];
      const goals = await tenant
        .selectFrom('plan_goals')
        .select([
          'id',
          'plan_id as planId',
          'title',
          'why',
          'serves_kind as servesKind',
          'serves_label as servesLabel',
          'target_level as targetLevel',
          'success_measure as successMeasure',
          'target_date as targetDate',
          'status',
          'progress',
        ])
        .where('plan_id', 'in', planIds)
        .execute();
      const actions = await tenant
        .selectFrom('plan_actions')
        .select([
          'id',
          'plan_id as planId',
          'goal_id as goalId',
          'kind',
          'title',
          'due_date as dueDate',
          'is_done as isDone',
          'source',
        ])
        .where('plan_id', 'in', planIds)
        .execute();
      // Comments on one's own plan are shown to the person in the app; who wrote them is a role, not a name.
      const notes = await tenant
        .selectFrom('plan_notes')
        .select(['plan_id as planId', 'goal_id as goalId', 'kind', 'body', 'created_at as createdAt'])
        .where('plan_id', 'in', planIds)
        .execute();
      return [
        { name: 'plans', rows: plans },
        { name: 'plan-goals', rows: goals },
        { name: 'plan-actions', rows: actions },
        { name: 'plan-notes', rows: notes },
      ];
    },
    async erase(tenant, personId) {
      const plans = tenant.selectFrom('development_plans').select('id').where('person_id', '=', personId);
      const goals = await tenant
        .updateTable('plan_goals')
        .set({ title: erased, why: null, success_measure: null, serves_label: null })
        .where('plan_id', 'in', plans)
        .executeTakeFirst();
      const actions = await tenant
        .updateTable('plan_actions')
        .set({ title: erased })
        .where('plan_id', 'in', plans)
        .executeTakeFirst();
      const notes = await tenant
        .updateTable('plan_notes')
        .set({ body: erased })
        .where((eb) => eb.or([eb('plan_id', 'in', plans), eb('author_id', '=', personId)]))
        .executeTakeFirst();
      return Number(goals.numUpdatedRows) + Number(actions.numUpdatedRows) + Number(notes.numUpdatedRows);
    },
  },
];
