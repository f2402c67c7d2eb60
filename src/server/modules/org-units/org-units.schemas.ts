import { z } from 'zod';
import { changesOf } from '../../http/common.schemas.ts';

export const orgUnitKind = z.enum(['organisation', 'division', 'department', 'team']);

export const orgUnitSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    name: z.string(),
    code: z.string().nullable(),
    kind: orgUnitKind,
    head: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    headcount: z.number().int().describe('Current people directly in this unit'),
    totalHeadcount: z.number().int().describe('Current people in this unit and every unit below it'),
  })
  .meta({ id: 'OrgUnit' });

const unitFields = {
  name: z.string().trim().min(1).max(200),
  code: z
    .string()
    .trim()
    .max(50)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional(),
  kind: orgUnitKind.optional(),
  parentId: z.uuid().nullable().optional(),
  headId: z.uuid().nullable().optional(),
};
export const createOrgUnitBody = z.object(unitFields);
export const updateOrgUnitBody = changesOf(z.object(unitFields));
export type OrgUnitChanges = z.infer<typeof updateOrgUnitBody>;
