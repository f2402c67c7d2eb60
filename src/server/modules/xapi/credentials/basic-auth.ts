import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import { sha256 } from '../../auth/index.ts';
import { findCredentialByKey, touchCredential } from './credentials.repository.ts';
import type { XapiClient } from './scopes.ts';

const touchAfterMs = 5 * 60_000;
// A credential that just authenticated is trusted for a few seconds without a database read, so a
// batch of small requests costs one query each; a revocation takes effect within this time.
const cacheMs = 5_000;
const cache = new Map<string, { client: XapiClient; until: number }>();

function isSameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Key and secret of an `Authorization: Basic …` header, or null when it is not one. */
export function basicCredentials(header: string | undefined): { key: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** The credential an HTTP Basic header names, when its secret is right and it is not revoked. */
export async function authenticateBasic(db: Db, header: string | undefined): Promise<XapiClient | null> {
  const credentials = basicCredentials(header);
  if (!credentials) return null;
  const cacheKey = sha256(header!);
  const cached = cache.get(cacheKey);
  if (cached && cached.until > Date.now()) return cached.client;
  const row = await findCredentialByKey(db, credentials.key);
  if (!row || row.revoked_at || !isSameHash(sha256(credentials.secret), row.secret_hash)) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > touchAfterMs)
    await touchCredential(forOrganisation(db, row.organisation_id), row.id);
  const client: XapiClient = {
    organisationId: row.organisation_id,
    credentialId: row.id,
    key: row.key,
    name: row.name,
    scopes: new Set(row.scopes),
  };
  if (cache.size > 10_000) cache.clear();
  cache.set(cacheKey, { client, until: Date.now() + cacheMs });
  return client;
}

/** Forget cached sign-ins of a credential at once (after it is revoked in this process). */
export function forgetCredential(credentialId: string): void {
  for (const [key, entry] of cache) if (entry.client.credentialId === credentialId) cache.delete(key);
}
