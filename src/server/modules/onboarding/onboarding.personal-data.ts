import type { PersonalDataContributor } from '../../core/personal-data.ts';

export const onboardingPersonalData: PersonalDataContributor[] = [
  {
    name: 'onboarding',
    kind: 'development',
    async export(tenant, personId) {
      const journeys = await tenant
        .selectFrom('onboarding_journeys')
        .select([
          'id',
          'template_name as template',
          'start_date as startDate',
          'buddy_id as buddyId',
          'source',
          'created_at as createdAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      const steps = journeys.length
        ? await tenant
            .selectFrom('onboarding_journey_steps')
            .select([
              'journey_id as journeyId',
              'kind',
              'owner',
              'title',
              'due_date as dueDate',
              'done_at as doneAt',
            ])
            .where(
              'journey_id',
              'in',
              journeys.map((journey) => journey.id),
            )
            .orderBy('position')
            .execute()
        : [];
      return [
        { name: 'onboarding-journeys', rows: journeys },
        { name: 'onboarding-steps', rows: steps },
      ];
    },
    async erase(tenant, personId) {
      // Buddies of others stay buddies in name only (the person row is anonymised); nothing of one's own to blank.
      const journeys = await tenant
        .updateTable('onboarding_journeys')
        .set({ buddy_id: null })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(journeys.numUpdatedRows);
    },
  },
];
