import type { PersonalDataContributor } from '../../core/personal-data.ts';

export const authPersonalData: PersonalDataContributor[] = [
  {
    name: 'sessions',
    kind: 'profile',
    async export(tenant, personId) {
      const rows = await tenant
        .selectFrom('sessions')
        .select([
          'created_at as createdAt',
          'last_seen_at as lastSeenAt',
          'expires_at as expiresAt',
          'user_agent as userAgent',
        ])
        .where('person_id', '=', personId)
        .execute();
      return [{ name: 'sessions', rows }];
    },
    async erase(tenant, personId) {
      const sessions = await tenant
        .deleteFrom('sessions')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const links = await tenant
        .deleteFrom('auth_links')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(sessions.numDeletedRows) + Number(links.numDeletedRows);
    },
  },
];
