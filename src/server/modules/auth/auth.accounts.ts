import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

// Whether people can sign in yet is the people directory's question, but invitations are auth's:
// these are the only places outside auth that look at them.

/** A condition on `people`: the person has an invitation that is neither used nor expired. */
export const hasOpenInvitation = (eb: ExpressionBuilder<Database, 'people'>) =>
  eb.exists(
    eb
      .selectFrom('auth_links')
      .select(sql`1`.as('one'))
      .whereRef('auth_links.organisation_id', '=', 'people.organisation_id')
      .whereRef('auth_links.person_id', '=', 'people.id')
      .where('auth_links.purpose', '=', 'invitation')
      .where('auth_links.used_at', 'is', null)
      .where('auth_links.expires_at', '>', sql<Date>`now()`),
  );

/** How many invitations in the organisation can still be used at this instant. */
export async function countOpenInvitations(tenant: TenantDb, at: Date): Promise<number> {
  const row = await tenant
    .selectFrom('auth_links')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('purpose', '=', 'invitation')
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
