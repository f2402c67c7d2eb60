import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The finance export: one line per request that holds or used money in the year.
const headers = [
  'Personeelsnummer',
  'Naam',
  'E-mail',
  'Jaar',
  'Aanbieder',
  'Opleiding',
  'Status',
  'Begindatum',
  'Einddatum',
  'Toegekend (EUR)',
  'Besteed (EUR)',
  'Uren',
  'Boven budget',
] as const;

export async function financeRows(tenant: TenantDb, year: number) {
  return tenant
    .selectFrom('budget_requests')
    .innerJoin('development_budgets as b', (join) =>
      join
        .onRef('b.organisation_id', '=', 'budget_requests.organisation_id')
        .onRef('b.id', '=', 'budget_requests.budget_id'),
    )
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'budget_requests.organisation_id')
        .onRef('p.id', '=', 'budget_requests.person_id'),
    )
    .select([
      'p.employee_number',
      sql<string>`concat_ws(' ', p.given_name, p.family_name_prefix, p.family_name)`.as('name'),
      'p.email',
      'b.year',
      'budget_requests.provider',
      'budget_requests.title',
      'budget_requests.state',
      'budget_requests.starts_on',
      'budget_requests.ends_on',
      'budget_requests.cost_cents',
      'budget_requests.spent_cents',
      'budget_requests.hours',
      'budget_requests.is_over_budget_override',
    ])
    .where('b.year', '=', year)
    .where('budget_requests.state', 'in', ['approved', 'completed'])
    .orderBy('p.family_name')
    .orderBy('budget_requests.created_at')
    .execute();
}
type FinanceRow = Awaited<ReturnType<typeof financeRows>>[number];

const cellsOf = (row: FinanceRow) => [
  row.employee_number ?? '',
  row.name,
  row.email,
  row.year,
  row.provider,
  row.title,
  row.state,
  row.starts_on ?? '',
  row.ends_on ?? '',
  row.cost_cents / 100,
  row.spent_cents === null ? '' : row.spent_cents / 100,
  row.hours,
  row.is_over_budget_override ? 'ja' : 'nee',
];

const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const csvCell = (value: string | number) => {
  const text = typeof value === 'number' ? value.toFixed(2).replace('.', ',') : defuse(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** CSV as Dutch Excel reads it: BOM, ";" and decimal commas. */
export function financeCsv(rows: FinanceRow[]): Buffer {
  const lines = [headers.join(';')];
  for (const row of rows)
    lines.push(
      cellsOf(row)
        .map((cell, index) =>
          typeof cell === 'number' && (index === 3 || index === 11) ? String(cell) : csvCell(cell),
        )
        .join(';'),
    );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function financeXlsx(rows: FinanceRow[]): Promise<Buffer> {
  // Loaded on first export: exceljs is a large module graph every process would otherwise load at start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ontwikkelbudget');
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow(cellsOf(row));
  for (const column of [10, 11]) sheet.getColumn(column).numFmt = '#,##0.00';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
