import { z } from 'zod';
import type { Person } from '../../api/client.ts';

// The API's personInput: names required (at most 100), a valid e-mail, short optional texts;
// '' stands for "none" in the unit, manager, language and dates until bodyOf makes it null.
export const personSchema = z.object({
  givenName: z.string().trim().min(1).max(100),
  familyNamePrefix: z.string().trim().max(30),
  familyName: z.string().trim().min(1).max(100),
  email: z.string().trim().pipe(z.email()),
  employeeNumber: z.string().trim().max(50),
  jobTitle: z.string().trim().max(150),
  orgUnitId: z.string(),
  managerId: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  locale: z.enum(['', 'nl', 'en']),
  status: z.enum(['active', 'leaving', 'left']),
});

export type PersonFormValues = z.output<typeof personSchema>;

export const valuesOf = (person?: Person): PersonFormValues => ({
  givenName: person?.givenName ?? '',
  familyNamePrefix: person?.familyNamePrefix ?? '',
  familyName: person?.familyName ?? '',
  email: person?.email ?? '',
  employeeNumber: person?.employeeNumber ?? '',
  jobTitle: person?.jobTitle ?? '',
  orgUnitId: person?.orgUnit?.id ?? '',
  managerId: person?.manager?.id ?? '',
  startDate: person?.startDate ?? '',
  endDate: person?.endDate ?? '',
  locale: person?.locale ?? '',
  status: person?.status ?? 'active',
});

/** What the API expects: "none" and empty dates become null, empty texts are cleared by the server. */
export const bodyOf = (values: PersonFormValues) => ({
  ...values,
  orgUnitId: values.orgUnitId || null,
  managerId: values.managerId || null,
  locale: values.locale || null,
  startDate: values.startDate || null,
  endDate: values.endDate || null,
});
