import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

export type IdentityQuery = {
  emails: string[];
  /** sha1 of "mailto:" + e-mail address in hexadecimal (an xAPI mbox_sha1sum). */
  mailtoSha1s: string[];
  personIds: string[];
  employeeNumbers: string[];
};

export type PersonIdentity = { id: string; email: string; employeeNumber: string | null; mailtoSha1: string };

/**
 * People of the organisation known by any of these identifiers: the learning record store links an
 * outside tool's actor to a person this way. The sha1 branch reads every person of the organisation,
 * so callers ask it only for actors they have not seen before.
 */
export async function findPeopleByIdentity(
  tenant: TenantDb,
  query: IdentityQuery,
): Promise<PersonIdentity[]> {
  const emails = query.emails.map((email) => email.toLowerCase());
  const ids = query.personIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!emails.length && !ids.length && !query.employeeNumbers.length && !query.mailtoSha1s.length) return [];
  const mailtoSha1 = sql<string>`encode(digest('mailto:' || email, 'sha1'), 'hex')`;
  return tenant
    .selectFrom('people')
    .select(['id', 'email', 'employee_number as employeeNumber', mailtoSha1.as('mailtoSha1')])
    .where((eb) =>
      eb.or([
        eb('email', '=', sql<string>`ANY(${emails}::text[])`),
        eb('id', '=', sql<string>`ANY(${ids}::uuid[])`),
        eb('employee_number', '=', sql<string>`ANY(${query.employeeNumbers}::text[])`),
        ...(query.mailtoSha1s.length
          ? [eb(mailtoSha1, '=', sql<string>`ANY(${query.mailtoSha1s.map((s) => s.toLowerCase())}::text[])`)]
          : []),
      ]),
    )
    .execute();
}
