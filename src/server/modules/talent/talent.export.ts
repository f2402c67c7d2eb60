import ExcelJS from 'exceljs';
import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import type { Locale } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { displayName } from '../people/index.ts';
import { meOf } from './talent.policy.ts';
import { findRound, gridOf } from './talent.repository.ts';

// HR's export of a round: one line per person with their box and outcome. CSV as Dutch Excel reads it.

const headers = {
  nl: [
    'Naam',
    'Afdeling',
    'Beoordelaar',
    'Prestatie (1-3)',
    'Potentieel (1-3)',
    'Vertrekrisico',
    'Gereedheid',
    'Volgende rol',
    'Ontwikkeladvies',
    'Verplaatsingen',
  ],
  en: [
    'Name',
    'Unit',
    'Reviewer',
    'Performance (1-3)',
    'Potential (1-3)',
    'Flight risk',
    'Readiness',
    'Next role',
    'Development advice',
    'Moves',
  ],
};

// A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection): keep it text.
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const csvCell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export async function exportLines(ctx: Ctx, roundId: string) {
  assertCan(ctx.auth, 'development.manage');
  const round = await findRound(ctx.db, roundId);
  if (!round) throw notFound('Talent review round');
  const me = meOf(ctx.auth);
  const rows = (await gridOf(ctx.db, roundId)).filter((row) => row.person_id !== me);
  const roles = await resolveReferences(
    ctx.db,
    [...new Set(rows.flatMap((r) => (r.next_role_id ? [r.next_role_id] : [])))].map((id) => ({
      kind: 'job_role' as const,
      id,
    })),
    { auth: ctx.auth, locale: ctx.locale },
  );
  const lines = rows.map((row) => [
    displayName(row),
    row.unit_name ?? '',
    row.r_given_name && row.r_family_name
      ? displayName({
          given_name: row.r_given_name,
          family_name_prefix: row.r_family_name_prefix,
          family_name: row.r_family_name,
        })
      : 'HR',
    row.performance,
    row.potential,
    row.flight_risk ?? '',
    row.readiness ?? '',
    row.next_role_id
      ? (roles.get(referenceKey({ kind: 'job_role', id: row.next_role_id }))?.title ?? '')
      : '',
    row.advice,
    Number(row.move_count ?? 0),
  ]);
  return { title: round.title, lines };
}

export function roundCsv(lines: (string | number | null)[][], language: Locale): Buffer {
  const out = [headers[language].map(csvCell).join(';')];
  for (const line of lines)
    out.push(line.map((value) => csvCell(defuse(value === null ? '' : String(value)))).join(';'));
  return Buffer.from(`\uFEFF${out.join('\r\n')}\r\n`, 'utf8');
}

export async function roundXlsx(lines: (string | number | null)[][], language: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Groeipad';
  const sheet = workbook.addWorksheet(language === 'nl' ? 'Vlootschouw' : 'Talent review', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(headers[language]).font = { bold: true };
  for (const line of lines)
    sheet.addRow(line.map((value) => (typeof value === 'string' ? defuse(value) : value)));
  sheet.columns.forEach((column) => {
    column.width = 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
