import type { GrantableRole, Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import { type Auth, canChangeCredentialsOf } from '../access/index.ts';
import { tokenNameOf } from '../api-tokens/index.ts';
import { endSignIns, notifyEmailChanged } from '../auth/index.ts';
import { displayName } from './people.presenter.ts';
import { findNameParts, findOrganisation } from './people.repository.ts';

// Whoever controls a person's e-mail address controls their account (a reset link goes there). So
// changing it is as strong as granting the person's roles, and the old address hears about it.

/** The roles granted to each of these people (employee and manager are never granted). */
export async function grantedRolesOf(tenant: TenantDb, personIds: readonly string[]) {
  const roles = new Map<string, GrantableRole[]>();
  if (!personIds.length) return roles;
  const rows = await tenant
    .selectFrom('person_roles')
    .select(['person_id', 'role'])
    .where('person_id', 'in', [...new Set(personIds)])
    .execute();
  for (const row of rows) roles.set(row.person_id, [...(roles.get(row.person_id) ?? []), row.role]);
  return roles;
}

export const emailLockedMessage =
  "only someone who may grant all of this person's roles can change their e-mail address";

/** 403 unless the caller may grant every role this person holds (only an owner for an owner). */
export function assertMayChangeEmail(auth: Auth, heldRoles: readonly GrantableRole[]) {
  if (canChangeCredentialsOf(auth, heldRoles)) return;
  throw new AppError('forbidden', `email: ${emailLockedMessage}.`, {
    errors: [{ field: 'email', message: emailLockedMessage, code: 'emailLocked' }],
  });
}

/** Who did it, as the old address will read it: the person's name, or the integration's token name. */
async function actorName(tenant: TenantDb, auth: Auth, organisationName: string): Promise<string> {
  if (auth.kind === 'token') {
    const name = await tokenNameOf(tenant, auth.tokenId);
    return name ? `${name} (API)` : organisationName;
  }
  const person = await findNameParts(tenant, auth.personId);
  return person ? displayName(person) : organisationName;
}

/**
 * After e-mail addresses changed (inside the same transaction): each old address is told, in the
 * person's language, and each person's sessions and open invitation/reset links end.
 */
export async function afterEmailsChanged(
  tenant: TenantDb,
  auth: Auth,
  changes: readonly {
    personId: string;
    oldEmail: string;
    newEmail: string;
    givenName: string;
    locale: Locale | null;
  }[],
) {
  if (!changes.length) return;
  const organisation = await findOrganisation(tenant.executor, tenant.organisationId);
  const changedBy = await actorName(tenant, auth, organisation.name);
  for (const change of changes) {
    await notifyEmailChanged(tenant, {
      oldEmail: change.oldEmail,
      newEmail: change.newEmail,
      givenName: change.givenName,
      locale: change.locale ?? organisation.default_locale,
      organisationName: organisation.name,
      changedBy,
    });
  }
  await endSignIns(
    tenant,
    changes.map((change) => change.personId),
  );
}
