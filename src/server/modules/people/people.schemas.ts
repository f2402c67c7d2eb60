import { z } from 'zod';
import { grantableRoles } from '../../db/schema.ts';
import { calendarDate, changesOf, locale, pageQuery } from '../../http/common.schemas.ts';

export const personStatus = z.enum(['active', 'leaving', 'left']);
export const grantableRole = z.enum(grantableRoles);

const reference = z.object({ id: z.uuid(), name: z.string() });

export const personSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    givenName: z.string(),
    familyNamePrefix: z.string().nullable().describe('tussenvoegsel, e.g. "van der"'),
    familyName: z.string(),
    email: z.string(),
    jobTitle: z.string().nullable(),
    orgUnit: reference.nullable(),
    manager: reference.nullable(),
    locale: locale.nullable(),
    status: personStatus,
    isManager: z.boolean(),
    // HR fields: present only for HR/L&D admins, the person themself and their manager.
    employeeNumber: z.string().nullable().optional(),
    startDate: calendarDate.nullable().optional(),
    endDate: calendarDate.nullable().optional(),
    roles: z.array(z.string()).optional(),
    account: z.enum(['none', 'invited', 'active']).optional().describe('Whether the person can sign in yet'),
    lastSignInAt: z.iso.datetime().nullable().optional(),
    scimManagedFields: z
      .array(z.string())
      .optional()
      .describe('On one person SCIM manages: the fields the identity provider owns (hand edits answer 409)'),
  })
  .meta({ id: 'Person' });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const personInput = z.object({
  employeeNumber: optionalText(50),
  email: z.email().transform((value) => value.toLowerCase()),
  givenName: z.string().trim().min(1).max(100),
  familyNamePrefix: optionalText(30),
  familyName: z.string().trim().min(1).max(100),
  jobTitle: optionalText(150),
  orgUnitId: z.uuid().nullable().optional(),
  managerId: z.uuid().nullable().optional(),
  startDate: calendarDate.nullable().optional(),
  endDate: calendarDate.nullable().optional(),
  locale: locale.nullable().optional(),
  status: personStatus.optional(),
});
export type PersonInput = z.infer<typeof personInput>;

export const createPersonBody = personInput.extend({
  roles: z.array(grantableRole).optional(),
  sendInvitation: z.boolean().optional().describe('E-mail an invitation to choose a password'),
});
export const updatePersonBody = changesOf(personInput);
export type PersonChanges = z.infer<typeof updatePersonBody>;

export const personSort = z.enum([
  'name',
  '-name',
  'startDate',
  '-startDate',
  'unit',
  '-unit',
  'jobTitle',
  '-jobTitle',
]);

export const listPeopleQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional().describe('Search in name, e-mail, employee number and job title'),
  orgUnitId: z.uuid().optional(),
  includeSubunits: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  managerId: z.uuid().optional(),
  status: z
    .enum(['active', 'leaving', 'left', 'current', 'all'])
    .default('current')
    .describe('current = active or leaving'),
  role: z.enum([...grantableRoles, 'manager']).optional(),
  account: z
    .enum(['none', 'invited', 'active'])
    .optional()
    .describe('none = no password and no open invitation; invited = open invitation; active = can sign in'),
  sort: personSort.default('name'),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuery>;

export const inviteManyBody = z.object({
  orgUnitId: z.uuid().optional().describe('Only people in this unit (and, by default, the units below it)'),
  includeSubunits: z.boolean().default(true),
});

export const setRolesBody = z.object({ roles: z.array(grantableRole) });
export const deactivateBody = z.object({
  endDate: calendarDate.optional().describe('Last working day; defaults to today'),
});
