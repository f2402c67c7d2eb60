import { sql } from 'kysely';

/**
 * `displayName` (src/shared/person-name.ts) in SQL, for lists that sort or search on the name: given
 * name, tussenvoegsel and family name of the people row under `alias` — "Zoë van den Berg".
 * NULL when the row is missing (a left join), so callers can say "nobody" in their own words.
 */
export const displayNameSql = <Name extends string | null = string>(alias: string) =>
  sql<Name>`case when ${sql.ref(`${alias}.id`)} is null then null else concat_ws(' ', ${sql.ref(`${alias}.given_name`)}, ${sql.ref(`${alias}.family_name_prefix`)}, ${sql.ref(`${alias}.family_name`)}) end`;
