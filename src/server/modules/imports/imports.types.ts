import type { Locale, OrgUnitKind, PersonStatus } from '../../db/schema.ts';

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

/** A person row as the import writes it (new people get their id up front). */
export type PersonValues = ExistingPerson;
export type NewUnit = {
  id: string;
  code: string | null;
  name: string;
  parent_id: string | null;
  kind: OrgUnitKind;
};
export type UnitUpdate = { id: string; name: string; parent_id: string | null };
