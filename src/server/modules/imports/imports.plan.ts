import { randomUUID } from 'node:crypto';
import type { PersonStatus } from '../../db/schema.ts';
import { displayName } from '../people/index.ts';
import { findCycles } from './imports.cycles.ts';
import type { ColumnMapping } from './imports.fields.ts';
import type { ImportProblem } from './imports.problems.ts';
import type { ImportRow } from './imports.rows.ts';
import type { ExistingPerson, ExistingUnit, NewUnit, PersonValues, UnitUpdate } from './imports.types.ts';
import { planUnits } from './imports.units.ts';

// Step two of validation: the rows against each other and against the organisation as it is now.
// Pure: the service loads the current people and units, this decides what the import would do.

export type ChangeSample = {
  line: number | null;
  action: 'create' | 'update' | 'deactivate';
  name: string;
  email: string;
  fields: string[];
};

export type ImportPlan = {
  unitsToCreate: NewUnit[];
  unitsToUpdate: UnitUpdate[];
  peopleToCreate: PersonValues[];
  peopleToUpdate: PersonValues[];
  peopleToDeactivate: { id: string; end_date: string }[];
  unchanged: number;
  samples: ChangeSample[];
};

const compared = [
  'employee_number',
  'email',
  'given_name',
  'family_name_prefix',
  'family_name',
  'job_title',
  'org_unit_id',
  'manager_id',
  'start_date',
  'end_date',
  'locale',
  'status',
] as const;

/** In the file means employed: left when the end date has passed, leaving when it is set. */
function statusFor(endDate: string | null, before: ExistingPerson | undefined, today: string): PersonStatus {
  // Someone already marked as left with this same end date stays left (deactivated by hand today).
  if (before?.status === 'left' && endDate !== null && endDate === before.end_date) return 'left';
  if (endDate === null) return 'active';
  return endDate < today ? 'left' : 'leaving';
}

export function planImport(input: {
  rows: ImportRow[];
  mapping: ColumnMapping;
  people: ExistingPerson[];
  units: ExistingUnit[];
  deactivateMissing: boolean;
  /** Never deactivated by an import: the person doing it. */
  actorPersonId: string | null;
  today: string;
}): { problems: ImportProblem[]; plan: ImportPlan } {
  const { rows, mapping, people, today } = input;
  const problems: ImportProblem[] = [];
  const problem = (
    row: ImportRow,
    field: keyof ColumnMapping,
    message: string,
    code: string,
    params?: ImportProblem['params'],
  ) => problems.push({ line: row.line, column: mapping[field] ?? null, field, message, code, params });

  // Duplicates within the file.
  const lineOfEmail = new Map<string, number>();
  const lineOfNumber = new Map<string, number>();
  for (const row of rows) {
    if (!row.email) continue;
    const emailLine = lineOfEmail.get(row.email);
    if (emailLine)
      problem(row, 'email', `${row.email} is also on line ${emailLine}`, 'duplicate', {
        value: row.email,
        line: emailLine,
      });
    else lineOfEmail.set(row.email, row.line);
    if (row.employeeNumber) {
      const numberLine = lineOfNumber.get(row.employeeNumber);
      if (numberLine)
        problem(row, 'employeeNumber', `${row.employeeNumber} is also on line ${numberLine}`, 'duplicate', {
          value: row.employeeNumber,
          line: numberLine,
        });
      else lineOfNumber.set(row.employeeNumber, row.line);
    }
  }

  // Who each line is: an existing person (by employee number, else e-mail) or someone new.
  const byNumber = new Map(people.filter((p) => p.employee_number).map((p) => [p.employee_number!, p]));
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const matchedLine = new Map<string, number>();
  const matches = rows.map((row) => {
    const onNumber = row.employeeNumber ? byNumber.get(row.employeeNumber) : undefined;
    const onEmail = row.email ? byEmail.get(row.email) : undefined;
    if (onNumber && onEmail && onNumber.id !== onEmail.id) {
      problem(
        row,
        'email',
        `${row.email} belongs to ${displayName(onEmail)}, but employee number ${row.employeeNumber} to ${displayName(onNumber)}`,
        'identity_conflict',
        {
          email: row.email,
          emailPerson: displayName(onEmail),
          number: row.employeeNumber!,
          numberPerson: displayName(onNumber),
        },
      );
      return undefined;
    }
    const match = onNumber ?? onEmail;
    if (match) {
      const earlier = matchedLine.get(match.id);
      if (earlier)
        problem(
          row,
          onNumber ? 'employeeNumber' : 'email',
          `is the same person as line ${earlier}`,
          'same_person',
          {
            line: earlier,
          },
        );
      else matchedLine.set(match.id, row.line);
    }
    return match;
  });
  const ids = rows.map((_, i) => matches[i]?.id ?? randomUUID());

  const units = planUnits({ rows, mapping, units: input.units, problems });

  // Managers, by employee number or e-mail, among the lines of the file first, then the organisation.
  const fileByNumber = new Map<string, string>();
  const fileByEmail = new Map<string, string>();
  rows.forEach((row, i) => {
    if (row.employeeNumber) fileByNumber.set(row.employeeNumber, ids[i]!);
    if (row.email) fileByEmail.set(row.email, ids[i]!);
  });
  const managerMapped = Boolean(mapping.managerEmployeeNumber || mapping.managerEmail);
  const managerIds = rows.map((row, i): string | null | undefined => {
    if (!managerMapped) return undefined;
    let onNumber: string | undefined;
    let onEmail: string | undefined;
    if (row.managerEmployeeNumber) {
      onNumber = fileByNumber.get(row.managerEmployeeNumber) ?? byNumber.get(row.managerEmployeeNumber)?.id;
      if (!onNumber)
        problem(
          row,
          'managerEmployeeNumber',
          `no one has employee number ${row.managerEmployeeNumber}`,
          'unknown_manager',
          {
            value: row.managerEmployeeNumber,
          },
        );
    }
    if (row.managerEmail) {
      onEmail = fileByEmail.get(row.managerEmail) ?? byEmail.get(row.managerEmail)?.id;
      if (!onEmail)
        problem(row, 'managerEmail', `no one has e-mail address ${row.managerEmail}`, 'unknown_manager', {
          value: row.managerEmail,
        });
    }
    if (onNumber && onEmail && onNumber !== onEmail)
      problem(
        row,
        'managerEmail',
        'points to someone else than the manager employee number',
        'manager_mismatch',
      );
    const managerId = onNumber ?? onEmail ?? null;
    if (managerId && managerId === ids[i]) {
      problem(
        row,
        row.managerEmployeeNumber ? 'managerEmployeeNumber' : 'managerEmail',
        'is this person themself',
        'self_manager',
      );
      return null;
    }
    return managerId;
  });

  // The people as they would be after the import.
  const values: PersonValues[] = rows.map((row, i) => {
    const before = matches[i];
    const keep = <T>(value: T | undefined, current: T | null | undefined): T | null =>
      value === undefined ? (current ?? null) : value;
    const endDate = keep(row.endDate, before?.end_date);
    return {
      id: ids[i]!,
      employee_number: keep(row.employeeNumber, before?.employee_number),
      email: row.email,
      given_name: row.givenName,
      family_name_prefix: keep(row.familyNamePrefix, before?.family_name_prefix),
      family_name: row.familyName,
      job_title: keep(row.jobTitle, before?.job_title),
      org_unit_id: keep(units.unitIdOfRow[i], before?.org_unit_id),
      manager_id: keep(managerIds[i], before?.manager_id),
      start_date: keep(row.startDate, before?.start_date),
      end_date: endDate,
      locale: keep(row.locale, before?.locale),
      status: statusFor(endDate, before, today),
    };
  });

  // Manager lines must not loop: check the whole organisation as it would be.
  const managerOf = new Map(people.map((p) => [p.id, p.manager_id]));
  for (const person of values) managerOf.set(person.id, person.manager_id);
  const lineOfId = new Map(rows.map((row, i) => [ids[i]!, row]));
  const labelOf = new Map<string, string>(people.map((p) => [p.id, p.employee_number ?? p.email]));
  for (const person of values) labelOf.set(person.id, person.employee_number ?? person.email);
  for (const cycle of findCycles(managerOf)) {
    const chain = [...cycle, cycle[0]!].map((id) => labelOf.get(id)).join(' → ');
    for (const id of cycle) {
      const row = lineOfId.get(id);
      if (row)
        problem(
          row,
          row.managerEmployeeNumber || !mapping.managerEmail ? 'managerEmployeeNumber' : 'managerEmail',
          `makes a manager loop: ${chain}`,
          'manager_loop',
          { chain },
        );
    }
  }

  const plan: ImportPlan = {
    unitsToCreate: units.unitsToCreate,
    unitsToUpdate: units.unitsToUpdate,
    peopleToCreate: [],
    peopleToUpdate: [],
    peopleToDeactivate: [],
    unchanged: 0,
    samples: [],
  };
  const sample = (entry: ChangeSample) => {
    if (plan.samples.length < 50) plan.samples.push(entry);
  };
  values.forEach((person, i) => {
    const before = matches[i];
    const line = rows[i]!.line;
    if (!before) {
      plan.peopleToCreate.push(person);
      sample({ line, action: 'create', name: displayName(person), email: person.email, fields: [] });
      return;
    }
    const fields = compared.filter((column) => person[column] !== before[column]);
    if (fields.length === 0) {
      plan.unchanged++;
      return;
    }
    plan.peopleToUpdate.push(person);
    sample({ line, action: 'update', name: displayName(person), email: person.email, fields: [...fields] });
  });
  if (input.deactivateMissing) {
    for (const person of people) {
      if (person.status === 'left' || matchedLine.has(person.id) || person.id === input.actorPersonId)
        continue;
      const endDate = person.end_date && person.end_date < today ? person.end_date : today;
      plan.peopleToDeactivate.push({ id: person.id, end_date: endDate });
      sample({
        line: null,
        action: 'deactivate',
        name: displayName(person),
        email: person.email,
        fields: ['status'],
      });
    }
  }
  return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), plan };
}
