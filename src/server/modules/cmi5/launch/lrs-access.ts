import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Bus } from '../../../core/bus.ts';
import { organisationContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import { createCredential } from '../../xapi/index.ts';

// cmi5 sessions write to the learning record store through the cmi5 module (which checks the session
// rules first) with one LRS credential per organisation. Its secret is sealed with the server's
// secret (AES-256-GCM), because the module has to present it again on every forwarded request.

const keyOf = (serverSecret: string) => createHash('sha256').update(`cmi5-lrs:${serverSecret}`).digest();

export function seal(serverSecret: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(serverSecret), iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

export function unseal(serverSecret: string, sealed: string): string {
  const [iv = '', tag = '', body = ''] = sealed.split('.');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(serverSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

const remembered = new Map<string, string>();

/** The `Authorization` header of the organisation's cmi5 LRS credential, made on first use. */
export async function lrsAuthorization(
  deps: { db: Db; bus: Bus; log: Parameters<typeof organisationContext>[0]['log']; serverSecret: string },
  organisationId: string,
): Promise<string> {
  const known = remembered.get(organisationId);
  if (known) return known;
  const tenant = forOrganisation(deps.db, organisationId);
  let row = await tenant.selectFrom('cmi5_lrs_access').selectAll().executeTakeFirst();
  if (!row) {
    const ctx = organisationContext({ db: deps.db, organisationId, log: deps.log, bus: deps.bus });
    const credential = await createCredential(ctx, {
      name: 'cmi5 (Groeipad launches)',
      scopes: ['statements/write', 'statements/read/mine', 'state', 'profile', 'define'],
    });
    await tenant
      .insertInto('cmi5_lrs_access', {
        credential_id: credential.id,
        credential_key: credential.key,
        sealed_secret: seal(deps.serverSecret, credential.secret),
      })
      .onConflict((conflict) => conflict.column('organisation_id').doNothing())
      .execute();
    row = await tenant.selectFrom('cmi5_lrs_access').selectAll().executeTakeFirstOrThrow();
  }
  const secret = unseal(deps.serverSecret, row.sealed_secret);
  const header = `Basic ${Buffer.from(`${row.credential_key}:${secret}`).toString('base64')}`;
  if (remembered.size > 10_000) remembered.clear();
  remembered.set(organisationId, header);
  return header;
}
