import { z } from 'zod';
import type { CredentialRow } from './credentials.repository.ts';
import { xapiScopes } from './scopes.ts';

export const credentialSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    key: z.string().describe('The HTTP Basic user name for /xapi/'),
    scopes: z.array(z.enum(xapiScopes)),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'LrsCredential' });

export const createCredentialBody = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(xapiScopes)).min(1),
});

export const presentCredential = (row: CredentialRow): z.infer<typeof credentialSchema> => ({
  id: row.id,
  name: row.name,
  key: row.key,
  scopes: row.scopes as z.infer<typeof credentialSchema>['scopes'],
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});
