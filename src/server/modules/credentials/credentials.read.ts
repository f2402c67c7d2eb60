import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { issuerKey, ownDocuments, ownRevocations, type Signing } from './credentials.issuer.ts';
import { verify } from './credentials.proof.ts';
import { issuerUrl, keyIdOf, shareUrl } from './credentials.urls.ts';

type Row = {
  id: string;
  source_kind: 'certificate' | 'badge_award';
  title: string;
  issued_at: Date;
  revoked_at: Date | null;
};
const present = (baseUrl: string, row: Row) => ({
  id: row.id,
  kind: row.source_kind === 'certificate' ? ('certificate' as const) : ('badge' as const),
  title: row.title,
  issuedAt: row.issued_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
  shareUrl: shareUrl(baseUrl, row.id),
});
const columns = ['id', 'source_kind', 'title', 'issued_at', 'revoked_at'] as const;

/** "Mijn credentials": everything I earned as a credential, newest first. */
export async function myCredentials(ctx: Ctx, baseUrl: string) {
  const rows = await ctx.db
    .selectFrom('issued_credentials')
    .select(columns)
    .where('person_id', '=', personIdOf(ctx.auth))
    .orderBy('issued_at', 'desc')
    .execute();
  return rows.map((row) => present(baseUrl, row));
}

/** L&D's list of the organisation's credentials, to revoke one. */
export async function organisationCredentials(ctx: Ctx, baseUrl: string) {
  assertCan(ctx.auth, 'credentials.manage');
  const rows = await ctx.db
    .selectFrom('issued_credentials')
    .leftJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'issued_credentials.organisation_id')
        .onRef('people.id', '=', 'issued_credentials.person_id'),
    )
    .select(columns.map((c) => `issued_credentials.${c}` as const))
    .select(['people.given_name', 'people.family_name_prefix', 'people.family_name'])
    .orderBy('issued_credentials.issued_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    ...present(baseUrl, row),
    personName: [row.given_name, row.family_name_prefix, row.family_name].filter(Boolean).join(' ') || null,
  }));
}

/** The signed credential as issued, for anyone with its link (the id is an unguessable UUID). */
export async function publicCredential(db: Db, id: string) {
  const row = await db
    .selectFrom('issued_credentials')
    .select(['document', 'title', 'source_kind'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Credential');
  return {
    document: row.document as Record<string, unknown>,
    title: row.title,
    kind: row.source_kind === 'certificate' ? ('certificate' as const) : ('badge' as const),
  };
}

type Claims = {
  name?: unknown;
  validFrom?: unknown;
  issuer?: { name?: unknown } | unknown;
  credentialSubject?: {
    identifier?: { identityHash?: unknown }[];
    achievement?: { achievementType?: unknown; description?: unknown };
  };
};
const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** What a credential claims, read from the document itself (shown with the verdict, never trusted alone). */
function claimsOf(document: unknown) {
  const claims = (typeof document === 'object' && document ? document : {}) as Claims;
  const subject = claims.credentialSubject;
  return {
    title: text(claims.name),
    recipientName: text(subject?.identifier?.[0]?.identityHash),
    issuerName: text((claims.issuer as { name?: unknown } | undefined)?.name),
    validFrom: text(claims.validFrom),
    achievementType: text(subject?.achievement?.achievementType),
    description: text(subject?.achievement?.description),
  };
}

/** valid / revoked / tampered: the proof checked with the published key, then the signed status list. */
export async function verification(db: Db, signing: Signing, document: unknown) {
  let outcome: { verified: boolean; revoked: boolean };
  try {
    outcome = await verify(document as object, ownDocuments(db, signing), {
      ownStatus: ownRevocations(signing, db),
    });
  } catch {
    outcome = { verified: false, revoked: false };
  }
  const status = outcome.verified ? 'valid' : outcome.revoked ? 'revoked' : 'tampered';
  return {
    status: status as 'valid' | 'revoked' | 'tampered',
    checkedAt: new Date().toISOString(),
    ...claimsOf(document),
  };
}

/**
 * L&D: the issuer's numbered keys, newest first (public parts only), for the rotation screen. Made on
 * first look, as on first signing, so the screen always shows the key that signs.
 */
export async function issuerKeys(ctx: Ctx, signing: Signing) {
  assertCan(ctx.auth, 'credentials.manage');
  await issuerKey(ctx.db, signing);
  const issuer = issuerUrl(signing.baseUrl, ctx.organisationId);
  const rows = await ctx.db
    .selectFrom('credential_issuers')
    .select(['key_number', 'public_key_multibase', 'created_at', 'retired_at'])
    .orderBy('key_number', 'desc')
    .execute();
  return rows.map((row) => ({
    keyNumber: row.key_number,
    keyId: keyIdOf(issuer, row.key_number),
    publicKeyMultibase: row.public_key_multibase,
    createdAt: row.created_at.toISOString(),
    retiredAt: row.retired_at?.toISOString() ?? null,
    isSigning: row.retired_at === null,
  }));
}
