import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { queueMail } from '../mail/index.ts';
import { deleteSessionsOf, spendAllLinks } from './auth.repository.ts';

/**
 * Ends every way these people are in or could get in right now: their sessions and any invitation or
 * password-reset link not used yet. For when who controls an account changes (a new e-mail address,
 * a new password) or the person leaves.
 */
export async function endSignIns(tenant: TenantDb, personIds: readonly string[]) {
  const ids = [...new Set(personIds)];
  if (!ids.length) return;
  await deleteSessionsOf(tenant, ids);
  await spendAllLinks(tenant, ids, new Date());
}

/** Tells the old address that the account now answers to another one, in the person's language. */
export async function notifyEmailChanged(
  tenant: TenantDb,
  change: {
    oldEmail: string;
    newEmail: string;
    givenName: string;
    locale: Locale;
    organisationName: string;
    changedBy: string;
  },
) {
  await queueMail(tenant, {
    to: change.oldEmail,
    kind: 'email_changed',
    locale: change.locale,
    vars: {
      name: change.givenName,
      newEmail: change.newEmail,
      organisation: change.organisationName,
      changedBy: change.changedBy,
    },
  });
}
