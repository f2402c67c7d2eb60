import { sql } from 'kysely';
import { displayName } from '../../../shared/person-name.ts';
import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erasedName = 'Verwijderde medewerker';

/**
 * Which notifications, when, and whether read; not their text, which names the colleagues they are
 * about (what they are about is exported by the module that owns it).
 */
export const notificationsPersonalData: PersonalDataContributor[] = [
  {
    name: 'notifications',
    kind: 'profile',
    async export(tenant, personId) {
      const rows = await tenant
        .selectFrom('notifications')
        .select(['kind', 'link', 'created_at as createdAt', 'read_at as readAt', 'emailed_at as emailedAt'])
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute();
      return [{ name: 'notifications', rows }];
    },
    async erase(tenant, personId) {
      const own = await tenant
        .deleteFrom('notifications')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      // Colleagues' notifications that named the person keep their text without the name.
      const person = await tenant
        .selectFrom('people')
        .select(['given_name', 'family_name_prefix', 'family_name'])
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!person) return Number(own.numDeletedRows);
      const name = displayName(person);
      const named = await tenant
        .updateTable('notifications')
        .set({
          title: sql`replace(title, ${name}, ${erasedName})`,
          body: sql`replace(body, ${name}, ${erasedName})`,
        })
        .where((eb) => eb.or([eb('title', 'like', `%${name}%`), eb('body', 'like', `%${name}%`)]))
        .executeTakeFirst();
      return Number(own.numDeletedRows) + Number(named.numUpdatedRows);
    },
  },
];
