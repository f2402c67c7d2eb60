import type { z } from 'zod';
import { displayName } from '../../../shared/person-name.ts';
import type { PersonDetailsRow } from './people.repository.ts';
import type { personSchema } from './people.schemas.ts';

export { displayName };
export type PersonDto = z.infer<typeof personSchema>;

export function presentPerson(row: PersonDetailsRow, options: { withHrFields: boolean }): PersonDto {
  const person: PersonDto = {
    id: row.id,
    displayName: displayName(row),
    givenName: row.given_name,
    familyNamePrefix: row.family_name_prefix,
    familyName: row.family_name,
    email: row.email,
    jobTitle: row.job_title,
    orgUnit: row.org_unit_id ? { id: row.org_unit_id, name: row.org_unit_name ?? '' } : null,
    manager: row.manager_id
      ? {
          id: row.manager_id,
          name: displayName({
            given_name: row.manager_given_name ?? '',
            family_name_prefix: row.manager_family_name_prefix,
            family_name: row.manager_family_name ?? '',
          }),
        }
      : null,
    locale: row.locale,
    status: row.status,
    isManager: Boolean(row.is_manager),
  };
  if (!options.withHrFields) return person;
  return {
    ...person,
    employeeNumber: row.employee_number,
    startDate: row.start_date,
    endDate: row.end_date,
    roles: row.roles ?? [],
    account: row.has_password ? 'active' : row.is_invited ? 'invited' : 'none',
    lastSignInAt: row.last_sign_in_at ? new Date(row.last_sign_in_at).toISOString() : null,
  };
}
