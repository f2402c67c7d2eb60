import type { Ctx } from '../../core/context.ts';
import type { Locale } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { displayName } from '../people/index.ts';
import { type CyclePeopleFilter, cyclePeopleRows } from './cycle-people.repository.ts';
import { findCycle } from './cycles.repository.ts';

/** HR's board per person: who is where in the cycle (no content of the conversations), filtered. */
export async function cyclePeople(ctx: Ctx, cycleId: string, filter: CyclePeopleFilter) {
  assertCan(ctx.auth, 'development.manage');
  if (!(await findCycle(ctx.db, cycleId))) throw notFound('Cycle');
  const rows = await cyclePeopleRows(ctx.db, cycleId, filter);
  return rows.map((row) => ({
    conversationId: row.id,
    employee: { id: row.employee_id, displayName: displayName(row) },
    manager: {
      id: row.manager_id,
      displayName: displayName({
        given_name: row.manager_given_name,
        family_name_prefix: row.manager_family_name_prefix,
        family_name: row.manager_family_name,
      }),
    },
    unit: row.org_unit_id ? { id: row.org_unit_id, name: row.unit_name ?? '' } : null,
    state: row.state,
    employeePrepared: row.shared_sides.includes('employee'),
    managerPrepared: row.shared_sides.includes('manager'),
    meetingAt: row.meeting_at?.toISOString() ?? null,
    employeeSigned: Boolean(row.employee_signed_at),
    managerSigned: Boolean(row.manager_signed_at),
  }));
}

const headers = {
  nl: [
    'Medewerker',
    'Leidinggevende',
    'Afdeling',
    'Stand',
    'Voorbereid medewerker',
    'Voorbereid leidinggevende',
    'Gesprek',
    'Getekend medewerker',
    'Getekend leidinggevende',
  ],
  en: [
    'Employee',
    'Manager',
    'Unit',
    'State',
    'Prepared by employee',
    'Prepared by manager',
    'Meeting',
    'Signed by employee',
    'Signed by manager',
  ],
};
const stateWords = {
  nl: { open: 'Open', prepared: 'Voorbereid', held: 'Gehouden', signed: 'Getekend' },
  en: { open: 'Open', prepared: 'Prepared', held: 'Held', signed: 'Signed' },
};
// Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula.
const cell = (value: string) => {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The per-person board as CSV (semicolons and a BOM, the way Dutch Excel opens it). */
export function cyclePeopleCsv(people: Awaited<ReturnType<typeof cyclePeople>>, locale: Locale) {
  const yes = locale === 'nl' ? 'ja' : 'yes';
  const no = locale === 'nl' ? 'nee' : 'no';
  const flag = (value: boolean) => (value ? yes : no);
  const lines = [
    headers[locale],
    ...people.map((person) => [
      person.employee.displayName,
      person.manager.displayName,
      person.unit?.name ?? '',
      stateWords[locale][person.state],
      flag(person.employeePrepared),
      flag(person.managerPrepared),
      person.meetingAt ? person.meetingAt.slice(0, 10) : '',
      flag(person.employeeSigned),
      flag(person.managerSigned),
    ]),
  ];
  return `\uFEFF${lines.map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`;
}
