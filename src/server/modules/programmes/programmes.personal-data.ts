import type { PersonalDataContributor } from '../../core/personal-data.ts';

/**
 * Programmes keep no rows about a participant (their seats are the events module's registrations,
 * exported there); what is the person's here is the programmes they made. Erasure leaves the
 * programmes for the organisation, without a maker.
 */
export const programmesPersonalData: PersonalDataContributor[] = [
  {
    name: 'programmes',
    kind: 'learning',
    async export(tenant, personId) {
      const made = await tenant
        .selectFrom('programmes')
        .select([
          'id',
          'title',
          'starts_on as startsOn',
          'ends_on as endsOn',
          'status',
          'created_at as createdAt',
        ])
        .where('created_by', '=', personId)
        .orderBy('created_at')
        .execute();
      return [{ name: 'programmes-made', rows: made }];
    },
    async erase(tenant, personId) {
      const made = await tenant
        .updateTable('programmes')
        .set({ created_by: null })
        .where('created_by', '=', personId)
        .executeTakeFirst();
      return Number(made.numUpdatedRows);
    },
  },
];
