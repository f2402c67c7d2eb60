import { z } from 'zod';
import { grantableRoles } from '../../db/schema.ts';

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

export const scimGroupMappingSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    externalId: z.string().nullable(),
    role: z.enum(grantableRoles).nullable().describe('The Groeipad role members get while in the group'),
    orgUnitId: z.uuid().nullable().describe('The unit new members are placed in'),
    orgUnitName: z.string().nullable(),
    memberCount: z.number().int(),
    mappedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ScimGroupMapping' });

export const setScimGroupMappingBody = z.object({
  role: z.enum(grantableRoles).nullable(),
  orgUnitId: z.uuid().nullable(),
});
