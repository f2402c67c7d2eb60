import type { PersonalDataContributor } from '../../core/personal-data.ts';

export const learningTimePersonalData: PersonalDataContributor[] = [
  {
    name: 'learning-time',
    kind: 'time',
    async export(tenant, personId) {
      const entries = await tenant
        .selectFrom('learning_time_entries')
        .select(['on_date as onDate', 'minutes', 'source', 'description'])
        .where('person_id', '=', personId)
        .orderBy('on_date')
        .execute();
      return [{ name: 'learning-time', rows: entries }];
    },
    async erase(tenant, personId) {
      // Time logged by hand must say what it was: it keeps a placeholder instead of the person's words.
      const manual = await tenant
        .updateTable('learning_time_entries')
        .set({ description: '[verwijderd]' })
        .where('person_id', '=', personId)
        .where('source', '=', 'manual')
        .executeTakeFirst();
      const other = await tenant
        .updateTable('learning_time_entries')
        .set({ description: null })
        .where('person_id', '=', personId)
        .where('source', '<>', 'manual')
        .executeTakeFirst();
      return Number(manual.numUpdatedRows) + Number(other.numUpdatedRows);
    },
  },
];
