import type { ApiTokenRow } from './api-tokens.repository.ts';

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/** A token as admins see it: never its secret, which only the answer that creates it holds. */
export const presentToken = (row: ApiTokenRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.token_prefix,
  scopes: row.scopes,
  createdAt: row.created_at.toISOString(),
  expiresAt: iso(row.expires_at),
  lastUsedAt: iso(row.last_used_at),
  revokedAt: iso(row.revoked_at),
});
