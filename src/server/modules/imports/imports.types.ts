import type { Locale, PersonStatus } from '../../db/schema.ts';
import type { NewUnit, UnitUpdate } from '../org-units/index.ts';
import type { PersonValues } from '../people/index.ts';

// What an import reads from the organisation and what it would write.

export type ExistingPerson = {
  id: string;
  employee_number: string | null;
  email: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  job_title: string | null;
  org_unit_id: string | null;
  manager_id: string | null;
  start_date: string | null;
  end_date: string | null;
  locale: Locale | null;
  status: PersonStatus;
};
export type ExistingUnit = { id: string; code: string | null; name: string; parent_id: string | null };

/** What the import writes: people through the people module, units through org-units. */
export type { NewUnit, PersonValues, UnitUpdate };
