import { z } from 'zod';
import { personalDataKinds } from '../../core/personal-data.ts';

export const kindSchema = z.enum(personalDataKinds);
const monthsSchema = z.object(
  Object.fromEntries(personalDataKinds.map((kind) => [kind, z.number().int().min(0).max(120)])) as Record<
    (typeof personalDataKinds)[number],
    z.ZodNumber
  >,
);

export const retentionBody = z.object({ months: monthsSchema });

export const privacySettingsSchema = z
  .object({
    months: monthsSchema,
    defaults: monthsSchema,
    kinds: z.array(kindSchema),
    kept: z.array(z.object({ what: z.string(), why: z.string() })),
  })
  .meta({ id: 'PrivacySettings' });

export const leaverSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    endDate: z.string().nullable(),
    erasedKinds: z.array(z.string()),
    isErased: z.boolean(),
  })
  .meta({ id: 'Leaver' });

export const erasureSchema = z.object({ erased: z.array(kindSchema) }).meta({ id: 'Erasure' });

export const organisationExportSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(['pending', 'ready', 'failed']),
    requestedAt: z.string(),
    readyAt: z.string().nullable(),
    sizeBytes: z.number().nullable(),
  })
  .meta({ id: 'OrganisationExport' });
