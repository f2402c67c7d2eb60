import type { TenantDb } from '../../db/tenant.ts';
import { findConnection, organisationName } from './sso.repository.ts';

/**
 * The `passwordPolicy` port: with SSO on and required, a password signs in only the break-glass owners
 * the owner named; everyone else is sent to the organisation's IdP.
 */
export async function passwordRefusal(tenant: TenantDb, personId: string) {
  const connection = await findConnection(tenant);
  if (!connection?.is_enabled || connection.mode !== 'required') return null;
  if (connection.break_glass_person_ids.includes(personId)) return null;
  const organisation = await organisationName(tenant);
  return { organisationSlug: organisation.slug, idpName: connection.display_name };
}
