import type { PersonalDataContributor } from '../../core/personal-data.ts';

/**
 * cmi5 registrations, the sessions launched in them and the state per AU. None of it holds the
 * person's own words (the statements are the xAPI module's, erased there), so erasure keeps it on
 * the anonymised person for the completion figures and deletes only the launch sessions.
 */
export const cmi5PersonalData: PersonalDataContributor[] = [
  {
    name: 'cmi5',
    kind: 'learning',
    async export(tenant, personId) {
      const registrations = await tenant
        .selectFrom('cmi5_registrations')
        .select(['id', 'content_id as contentId', 'created_at as createdAt', 'satisfied_at as satisfiedAt'])
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute();
      const ids = registrations.map((registration) => registration.id);
      const sessions = ids.length
        ? await tenant
            .selectFrom('cmi5_sessions')
            .select([
              'registration_id as registrationId',
              'au_id as auId',
              'launch_mode as launchMode',
              'status',
              'launched_at as launchedAt',
              'initialized_at as initializedAt',
              'ended_at as endedAt',
            ])
            .where('registration_id', 'in', ids)
            .orderBy('launched_at')
            .execute()
        : [];
      const states = ids.length
        ? await tenant
            .selectFrom('cmi5_au_states')
            .select([
              'registration_id as registrationId',
              'au_id as auId',
              'completed_at as completedAt',
              'passed_at as passedAt',
              'failed_at as failedAt',
              'score_scaled as scoreScaled',
              'waived_at as waivedAt',
              'waived_reason as waivedReason',
            ])
            .where('registration_id', 'in', ids)
            .execute()
        : [];
      return [
        { name: 'cmi5-registrations', rows: registrations },
        { name: 'cmi5-sessions', rows: sessions },
        { name: 'cmi5-au-states', rows: states },
      ];
    },
    async erase(tenant, personId) {
      const mine = tenant.selectFrom('cmi5_registrations').select('id').where('person_id', '=', personId);
      const sessions = await tenant
        .deleteFrom('cmi5_sessions')
        .where('registration_id', 'in', mine)
        .executeTakeFirst();
      return Number(sessions.numDeletedRows);
    },
  },
];
