import { z } from 'zod';

export const scimTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('First characters of the token, to recognise it'),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ScimToken' });

export const createScimTokenBody = z.object({ name: z.string().trim().min(1).max(100) });

export const scimSetupSchema = z
  .object({
    baseUrl: z.string().describe('The SCIM 2.0 base address to give the identity provider'),
    tokens: z.array(scimTokenSchema),
    managedPeople: z.number().int().describe('People the identity provider manages through SCIM'),
  })
  .meta({ id: 'ScimSetup' });
