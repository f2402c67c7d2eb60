import { z } from 'zod';

export const credentialSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['certificate', 'badge']),
    title: z.string(),
    issuedAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    shareUrl: z.string(),
  })
  .meta({ id: 'Credential' });

export const organisationCredentialSchema = credentialSchema
  .extend({ personName: z.string().nullable() })
  .meta({ id: 'OrganisationCredential' });

export const revokeBody = z.object({ reason: z.string().trim().min(1).max(500) });

/** A JSON-LD document as published (credential, controller document, status list). */
export const jsonLdSchema = z.record(z.string(), z.unknown()).meta({ id: 'JsonLdDocument' });

export const verificationSchema = z
  .object({
    status: z.enum(['valid', 'revoked', 'tampered']),
    checkedAt: z.iso.datetime(),
    title: z.string().nullable(),
    recipientName: z.string().nullable(),
    issuerName: z.string().nullable(),
    validFrom: z.string().nullable(),
    achievementType: z.string().nullable(),
    description: z.string().nullable(),
  })
  .meta({ id: 'CredentialVerification' });

export const organisationParams = z.object({ organisationId: z.uuid() });

export const issuerKeySchema = z
  .object({
    keyNumber: z.number().int(),
    keyId: z.string().describe('The verification method credentials name in their proof'),
    publicKeyMultibase: z.string(),
    createdAt: z.iso.datetime(),
    retiredAt: z.iso.datetime().nullable(),
    isSigning: z.boolean().describe('The key new credentials are signed with'),
  })
  .meta({ id: 'CredentialIssuerKey' });
