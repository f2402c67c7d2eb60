import type { TenantDb } from '../../db/tenant.ts';
import type { Auth } from '../access/index.ts';
import { canChangeCredentialsOf } from '../access/index.ts';
import { endSignIns } from '../auth/index.ts';
import { afterEmailsChanged, emailLockedMessage, grantedRolesOf } from '../people/index.ts';
import type { ColumnMapping } from './imports.fields.ts';
import type { ImportPlan } from './imports.plan.ts';
import type { ImportProblem } from './imports.problems.ts';
import type { ImportRow } from './imports.rows.ts';
import type { ExistingPerson } from './imports.types.ts';

// An import changes e-mail addresses like PATCH /people does (a line matched by employee number with
// another address), so it keeps the same rules: only who may grant a person's roles changes their
// address, the old address is told, and sessions and open links end, for those who leave as well.

type EmailChange = { person: ExistingPerson; newEmail: string };

function emailChangesOf(plan: ImportPlan, people: readonly ExistingPerson[]): EmailChange[] {
  const before = new Map(people.map((person) => [person.id, person]));
  return plan.peopleToUpdate.flatMap((after) => {
    const person = before.get(after.id);
    return person && person.email !== after.email ? [{ person, newEmail: after.email }] : [];
  });
}

/** A problem on the line of every e-mail change the importer may not make (an owner's, say). */
export async function emailChangeProblems(
  tenant: TenantDb,
  auth: Auth,
  input: {
    plan: ImportPlan;
    people: readonly ExistingPerson[];
    rows: readonly ImportRow[];
    mapping: ColumnMapping;
  },
): Promise<ImportProblem[]> {
  const changes = emailChangesOf(input.plan, input.people);
  const roles = await grantedRolesOf(
    tenant,
    changes.map((change) => change.person.id),
  );
  const lineOf = new Map(input.rows.map((row) => [row.email, row.line]));
  return changes
    .filter((change) => !canChangeCredentialsOf(auth, roles.get(change.person.id) ?? []))
    .map((change) => ({
      line: lineOf.get(change.newEmail) ?? null,
      column: input.mapping.email ?? null,
      field: 'email',
      message: `${change.person.email} cannot become ${change.newEmail}: ${emailLockedMessage}`,
      code: 'email_locked',
      params: { value: change.newEmail, email: change.person.email },
    }));
}

/** After the plan is written, in its transaction: tell old addresses, end sessions and open links. */
export async function afterImportCredentials(
  tenant: TenantDb,
  auth: Auth,
  input: { plan: ImportPlan; people: readonly ExistingPerson[] },
) {
  await afterEmailsChanged(
    tenant,
    auth,
    emailChangesOf(input.plan, input.people).map(({ person, newEmail }) => ({
      personId: person.id,
      oldEmail: person.email,
      newEmail,
      givenName: person.given_name,
      locale: person.locale,
    })),
  );
  await endSignIns(tenant, [
    ...input.plan.peopleToUpdate.filter((person) => person.status === 'left').map((person) => person.id),
    ...input.plan.peopleToDeactivate.map((person) => person.id),
  ]);
}
