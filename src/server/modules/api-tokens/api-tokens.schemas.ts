import { z } from 'zod';
import { dateTime } from '../../http/common.schemas.ts';
import { type TokenScope, tokenScopes } from '../access/index.ts';

const scope = z.enum(Object.keys(tokenScopes) as [TokenScope, ...TokenScope[]]);

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('First characters of the token, to recognise it'),
    scopes: z.array(z.string()),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const createTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(scope).min(1),
  expiresAt: dateTime.optional(),
});
export type CreateTokenInput = z.infer<typeof createTokenBody>;
