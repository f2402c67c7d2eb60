import type { TenantDb } from '../../db/tenant.ts';
import { displayName, scimManagedAmong } from '../people/index.ts';
import type { ColumnMapping, ImportField } from './imports.fields.ts';
import type { ImportPlan } from './imports.plan.ts';
import type { ImportProblem } from './imports.problems.ts';
import type { ImportRow } from './imports.rows.ts';
import type { ExistingPerson, PersonValues } from './imports.types.ts';

// For a person the identity provider manages (SCIM), it is the source of the fields SCIM carries
// (docs/INTEGRATIONS.md, "HR import and SCIM together"). An import line that would change one of them
// is refused, naming the line and the field, so the next SCIM sync cannot silently undo it (or the
// import undo SCIM). Unchanged values, the unit and the start date stay the import's to write.

const managedColumns: [keyof PersonValues, (mapping: ColumnMapping) => ImportField][] = [
  ['email', () => 'email'],
  ['given_name', (mapping) => (mapping.givenName ? 'givenName' : 'fullName')],
  ['family_name_prefix', (mapping) => (mapping.familyNamePrefix ? 'familyNamePrefix' : 'fullName')],
  ['family_name', (mapping) => (mapping.familyName ? 'familyName' : 'fullName')],
  ['job_title', () => 'jobTitle'],
  ['employee_number', () => 'employeeNumber'],
  ['manager_id', (mapping) => (mapping.managerEmployeeNumber ? 'managerEmployeeNumber' : 'managerEmail')],
  ['end_date', () => 'endDate'],
  ['status', () => 'endDate'],
  ['locale', () => 'locale'],
];

/** Of the plan's updates, a problem per line and field that a SCIM-managed person would have changed. */
export async function scimManagedProblems(
  tenant: TenantDb,
  input: {
    plan: ImportPlan;
    people: readonly ExistingPerson[];
    rows: readonly ImportRow[];
    mapping: ColumnMapping;
  },
): Promise<{ problems: ImportProblem[]; managed: Set<string> }> {
  const { plan, mapping } = input;
  const managed = await scimManagedAmong(tenant, [
    ...plan.peopleToUpdate.map((person) => person.id),
    ...plan.peopleToDeactivate.map((person) => person.id),
  ]);
  if (!managed.size) return { problems: [], managed };
  const before = new Map(input.people.map((person) => [person.id, person]));
  const lineOf = new Map(input.rows.map((row) => [row.email, row.line]));
  const problems: ImportProblem[] = [];
  for (const after of plan.peopleToUpdate.filter((person) => managed.has(person.id))) {
    const person = before.get(after.id)!;
    const fields = new Set(
      managedColumns
        .filter(([column]) => after[column] !== person[column])
        .map(([, field]) => field(mapping)),
    );
    for (const field of fields)
      problems.push({
        line: lineOf.get(after.email) ?? null,
        column: mapping[field] ?? null,
        field,
        message: `${field} of ${displayName(person)} is managed by the identity provider (SCIM); change it there`,
        code: 'scim_managed',
        params: { name: displayName(person) },
      });
  }
  return { problems, managed };
}

/** "Deactivate who is missing" leaves out people SCIM manages: they leave when the identity provider says so. */
export function withoutScimLeavers(
  plan: ImportPlan,
  managed: Set<string>,
  people: readonly ExistingPerson[],
) {
  if (!managed.size) return plan;
  const skipped = new Set(people.filter((person) => managed.has(person.id)).map((person) => person.email));
  return {
    ...plan,
    peopleToDeactivate: plan.peopleToDeactivate.filter((person) => !managed.has(person.id)),
    samples: plan.samples.filter((sample) => sample.action !== 'deactivate' || !skipped.has(sample.email)),
  };
}
