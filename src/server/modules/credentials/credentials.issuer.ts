import { sql } from 'kysely';
import { sealText, unsealText } from '../../core/secrets.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';
import {
  controllerDocument,
  generateIssuerKey,
  keyDocument,
  type OwnStatus,
  type PublishedKey,
  sign,
} from './credentials.proof.ts';

// The issuer's secret key is sealed with the server's secret (core/secrets): never answered by any endpoint.
const sealPurpose = 'credential-issuer';

import { encodeStatusList, STATUS_LIST_SIZE } from './credentials.status.ts';
import { didWebOf, issuerUrl, keyIdOf, parseOwnUrl, statusListUrl } from './credentials.urls.ts';

/** What signing needs from the server's configuration. */
export type Signing = { baseUrl: string; serverSecret: string };

export type IssuerKey = {
  issuer: string;
  keyNumber: number;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
};

const signingRow = (tenant: TenantDb) =>
  tenant
    .selectFrom('credential_issuers')
    .select(['key_number', 'public_key_multibase', 'secret_key_sealed'])
    .where('retired_at', 'is', null)
    .executeTakeFirst();

/** The organisation's signing key (the one not retired), made on first use; opened here and only to sign. */
export async function issuerKey(tenant: TenantDb, signing: Signing): Promise<IssuerKey> {
  const issuer = issuerUrl(signing.baseUrl, tenant.organisationId);
  let row = await signingRow(tenant);
  if (!row) {
    const key = await generateIssuerKey(issuer, 1);
    await tenant
      .insertInto('credential_issuers', {
        key_number: 1,
        public_key_multibase: key.publicKeyMultibase,
        secret_key_sealed: sealText(signing.serverSecret, sealPurpose, key.secretKeyMultibase),
      })
      .onConflict((oc) => oc.columns(['organisation_id', 'key_number']).doNothing())
      .execute();
    // Two first uses at once: the row that won is the key.
    row = await signingRow(tenant);
    if (!row) throw new Error('no signing key after creating one');
  }
  return {
    issuer,
    keyNumber: row.key_number,
    publicKeyMultibase: row.public_key_multibase,
    secretKeyMultibase: unsealText(signing.serverSecret, sealPurpose, row.secret_key_sealed),
  };
}

/**
 * Rotation: the signing key is retired (it stays published, so what it signed keeps verifying) and a
 * new numbered key signs from now on. Runs in the caller's transaction; the row lock serialises two
 * rotations at once.
 */
export async function rotateIssuerKey(tenant: TenantDb, signing: Signing, now: Date) {
  await issuerKey(tenant, signing);
  const keys = await tenant
    .selectFrom('credential_issuers')
    .select(['key_number'])
    .orderBy('key_number', 'desc')
    .forUpdate()
    .execute();
  const keyNumber = (keys[0]?.key_number ?? 0) + 1;
  const issuer = issuerUrl(signing.baseUrl, tenant.organisationId);
  const key = await generateIssuerKey(issuer, keyNumber);
  await tenant
    .updateTable('credential_issuers')
    .set({ retired_at: now })
    .where('retired_at', 'is', null)
    .execute();
  await tenant
    .insertInto('credential_issuers', {
      key_number: keyNumber,
      public_key_multibase: key.publicKeyMultibase,
      secret_key_sealed: sealText(signing.serverSecret, sealPurpose, key.secretKeyMultibase),
    })
    .execute();
  return { keyId: keyIdOf(issuer, keyNumber), keyNumber };
}

/** Every key the issuer ever had, oldest first: public parts only. */
const publishedKeysOf = async (db: Executor, organisationId: string): Promise<PublishedKey[]> =>
  (
    await db
      .selectFrom('credential_issuers')
      .select(['key_number', 'public_key_multibase'])
      .where('organisation_id', '=', organisationId)
      .orderBy('key_number')
      .execute()
  ).map((row) => ({ keyNumber: row.key_number, publicKeyMultibase: row.public_key_multibase }));

const seconds = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The organisation's revocation list as a signed BitstringStatusListCredential, as of now. */
export async function statusListCredential(db: Db, signing: Signing, organisationId: string, at: Date) {
  const row = await db
    .selectFrom('credential_issuers')
    .select(['key_number', 'public_key_multibase', 'secret_key_sealed'])
    .where('organisation_id', '=', organisationId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const revoked = await db
    .selectFrom('issued_credentials')
    .select('status_index')
    .where('organisation_id', '=', organisationId)
    .where('revoked_at', 'is not', null)
    .execute();
  const issuer = issuerUrl(signing.baseUrl, organisationId);
  const id = statusListUrl(signing.baseUrl, organisationId);
  const list = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: seconds(at),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(revoked.map((r) => r.status_index)),
    },
  };
  const key = {
    issuer,
    keyNumber: row.key_number,
    publicKeyMultibase: row.public_key_multibase,
    secretKeyMultibase: unsealText(signing.serverSecret, sealPurpose, row.secret_key_sealed),
  };
  return sign(list, key, ownDocuments(db, signing));
}

/**
 * Our own published documents by URL (issuer controller document, key, status list), straight from the
 * database: verification in Groeipad never goes out to the network, not even to itself.
 */
export function ownDocuments(db: Db, signing: Signing) {
  return async (url: string): Promise<unknown | undefined> => {
    const own = parseOwnUrl(signing.baseUrl, url);
    if (!own) return undefined;
    if (own.part === 'statusList') return statusListCredential(db, signing, own.organisationId, new Date());
    const keys = await publishedKeysOf(db, own.organisationId);
    if (!keys.length) return undefined;
    const issuer = issuerUrl(signing.baseUrl, own.organisationId);
    const did = didWebOf(signing.baseUrl, own.organisationId);
    if (own.part === 'did') return controllerDocument(did, keys, issuer);
    if (own.part === 'issuer') return controllerDocument(issuer, keys);
    const key = keys.find((candidate) => candidate.keyNumber === own.keyNumber);
    return key ? keyDocument(issuer, key.publicKeyMultibase, key.keyNumber) : undefined;
  };
}

/**
 * The revocation bit of one of our own status lists, read from the database: re-signing the list and
 * verifying that signature again (our own, over our own rows) would prove nothing and cost two RDF
 * canonicalisations per verification. The list must be the credential issuer's own.
 */
export function ownRevocations(signing: Signing, db: Db): OwnStatus {
  return async (entry, issuer) => {
    const list = parseOwnUrl(signing.baseUrl, entry.statusListCredential ?? '');
    if (list?.part !== 'statusList') return undefined;
    const owner = issuer ? parseOwnUrl(signing.baseUrl, issuer) : null;
    const index = Number(entry.statusListIndex);
    if (owner?.part !== 'issuer' || owner.organisationId !== list.organisationId) return null;
    if (!Number.isInteger(index) || index < 0 || index >= STATUS_LIST_SIZE) return null;
    const revoked = await db
      .selectFrom('issued_credentials')
      .select('id')
      .where('organisation_id', '=', list.organisationId)
      .where('status_index', '=', index)
      .where('revoked_at', 'is not', null)
      .executeTakeFirst();
    return { revoked: revoked !== undefined };
  };
}

/** A free bit in the status list, chosen at random so neighbouring bits say nothing about who earned when. */
export async function freeStatusIndex(tenant: TenantDb, size: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidate = Math.floor(Math.random() * size);
    const taken = await tenant
      .selectFrom('issued_credentials')
      .select('id')
      .where('status_index', '=', candidate)
      .executeTakeFirst();
    if (!taken) return candidate;
  }
  const row = await sql<{ free: number | null }>`
    SELECT min(s.i)::int AS free FROM generate_series(0, ${size - 1}) s(i)
    WHERE NOT EXISTS (SELECT 1 FROM issued_credentials c
      WHERE c.organisation_id = ${tenant.organisationId} AND c.status_index = s.i)`.execute(tenant.executor);
  const free = row.rows[0]?.free;
  if (free === null || free === undefined) throw new Error('status list is full');
  return free;
}
