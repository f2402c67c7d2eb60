import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, exportPKCS8, generateKeyPair, importPKCS8, type JWK, SignJWT } from 'jose';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';

// The organisation's RS256 key pairs. The private key is sealed with the server's secret (AES-256-GCM,
// like campaigns' webhook secrets) and opened only to sign; no endpoint ever answers it. Rotating
// retires the signing key; it stays in the JWKS for a day so tools verify tokens signed before.

export const keyOverlapMs = 24 * 60 * 60 * 1000;
const keyOf = (serverSecret: string) =>
  createHash('sha256').update(`lti-platform-key:${serverSecret}`).digest();

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

async function newKey(db: TenantDb, serverSecret: string) {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  await db
    .insertInto('lti_platform_keys', {
      kid,
      public_jwk: JSON.stringify(jwk),
      private_key_sealed: seal(serverSecret, await exportPKCS8(privateKey)),
    })
    .execute();
  return kid;
}

/** Retires the signing key (kept in the JWKS until it expires) and makes a new one. */
export async function rotateKey(db: TenantDb, serverSecret: string, now: Date) {
  await db
    .updateTable('lti_platform_keys')
    .set({ retired_at: now, expires_at: new Date(now.getTime() + keyOverlapMs) })
    .where('retired_at', 'is', null)
    .execute();
  return newKey(db, serverSecret);
}

// Opened keys per organisation and kid, so a launch does not decrypt and parse PKCS#8 each time.
const opened = new Map<string, { kid: string; key: CryptoKey }>();

/** The organisation's signing key, made on first use. */
export async function signingKey(db: TenantDb, serverSecret: string) {
  let row = await db
    .selectFrom('lti_platform_keys')
    .select(['kid', 'private_key_sealed'])
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  if (!row) {
    await newKey(db, serverSecret);
    row = await db
      .selectFrom('lti_platform_keys')
      .select(['kid', 'private_key_sealed'])
      .where('retired_at', 'is', null)
      .executeTakeFirstOrThrow();
  }
  const cacheKey = `${db.organisationId}:${row.kid}`;
  const cached = opened.get(cacheKey);
  if (cached) return cached;
  const key = { kid: row.kid, key: await importPKCS8(unseal(serverSecret, row.private_key_sealed), 'RS256') };
  opened.set(cacheKey, key);
  return key;
}

/** Signs claims as the platform of the organisation (1 hour at most). */
export async function signAsPlatform(
  db: TenantDb,
  serverSecret: string,
  claims: Record<string, unknown>,
  options: { issuer: string; audience: string; now: Date; ttlSeconds?: number },
) {
  const { kid, key } = await signingKey(db, serverSecret);
  const issuedAt = Math.floor(options.now.getTime() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? 600))
    .sign(key);
}

/** The public keys a tool verifies with: the signing key and retired ones not yet expired. */
export async function publicKeySet(db: Db, organisationId: string, now: Date): Promise<{ keys: JWK[] }> {
  const rows = await forOrganisation(db, organisationId)
    .selectFrom('lti_platform_keys')
    .select(['public_jwk', 'expires_at'])
    .orderBy('created_at', 'desc')
    .execute();
  return {
    keys: rows
      .filter((row) => !row.expires_at || row.expires_at > now)
      .map(
        (row) => (typeof row.public_jwk === 'string' ? JSON.parse(row.public_jwk) : row.public_jwk) as JWK,
      ),
  };
}
