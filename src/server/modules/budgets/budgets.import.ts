import { parseEuros } from '../../../shared/money.ts';
import { displayName } from '../../../shared/person-name.ts';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { saveImportedBudgets } from './budget-requests.repository.ts';
import './budgets.events.ts';
import {
  type ImportProblem,
  importRejected,
  readSheet,
  type Sheet,
  type SheetReading,
} from '../imports/index.ts';

// Budgets from an HR or finance file (CSV or XLSX, read by the people import's parser): a header line
// names the columns (e-mail, amount, optionally hours), each problem names its line and column, and
// nothing is written unless every line is right. The preview runs the same checks without writing.
// Pasted text ("e-mail;amount;hours", header line optional) goes through the same reader and checks.

type BudgetLine = { line: number; email: string; cents: number; hours: number };
type Columns = { email: number; amount: number; hours: number | null };

const columnWords = {
  email: ['mail'],
  amount: ['bedrag', 'amount', 'budget', 'euro'],
  hours: ['uren', 'uur', 'hours'],
} as const;

function findColumns(sheet: Sheet): { columns: Columns | null; problems: ImportProblem[] } {
  const find = (words: readonly string[]) =>
    sheet.headers.findIndex((header) => words.some((word) => header.toLowerCase().includes(word)));
  const email = find(columnWords.email);
  const amount = find(columnWords.amount);
  const hours = find(columnWords.hours);
  const problems: ImportProblem[] = [];
  for (const [field, index] of [
    ['email', email],
    ['amount', amount],
  ] as const)
    if (index < 0)
      problems.push({
        line: 1,
        column: null,
        field,
        message: `no column for ${field === 'email' ? 'the e-mail address' : 'the amount'} in the header line`,
        code: 'missing_column',
        params: { field },
      });
  if (problems.length) return { columns: null, problems };
  return { columns: { email, amount, hours: hours < 0 ? null : hours }, problems };
}

function checkLines(sheet: Sheet, columns: Columns) {
  const lines: BudgetLine[] = [];
  const problems: ImportProblem[] = [];
  const header = (index: number) => sheet.headers[index] ?? null;
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const cell = (index: number | null) => (index === null ? '' : (row.cells[index] ?? '').trim());
    const problem = (index: number, field: string, code: string, message: string, value?: string) =>
      problems.push({
        line: row.line,
        column: header(index),
        field,
        message,
        code,
        ...(value === undefined ? {} : { params: { value } }),
      });
    const email = cell(columns.email).toLowerCase();
    const amount = cell(columns.amount);
    const hoursText = cell(columns.hours);
    const cents = parseEuros(amount);
    const hours = hoursText === '' ? 0 : Number(hoursText);
    let isValid = true;
    if (!email.includes('@')) {
      problem(columns.email, 'email', 'invalid_email', `"${email}" is not an e-mail address`, email);
      isValid = false;
    } else if (seen.has(email)) {
      problems.push({
        line: row.line,
        column: header(columns.email),
        field: 'email',
        message: `${email} is also on line ${seen.get(email)}`,
        code: 'duplicate',
        params: { value: email, line: seen.get(email) as number },
      });
      isValid = false;
    } else seen.set(email, row.line);
    if (cents === null) {
      problem(columns.amount, 'amount', 'invalid_amount', `"${amount}" is not an amount in euros`, amount);
      isValid = false;
    }
    if (!Number.isInteger(hours) || hours < 0 || hours > 10_000) {
      problem(
        columns.hours as number,
        'hours',
        'invalid_hours',
        `"${hoursText}" is not a number of hours`,
        hoursText,
      );
      isValid = false;
    }
    if (isValid) lines.push({ line: row.line, email, cents: cents as number, hours });
  }
  return { lines, problems };
}

/** Checks a budget file, read, against the organisation's people and the year's current budgets. */
async function checkBudgetFile(tenant: TenantDb, sheet: Sheet, options: { year: number; columns?: Columns }) {
  const found = options.columns ? { columns: options.columns, problems: [] } : findColumns(sheet);
  if (!found.columns) return { lines: [], problems: found.problems, people: new Map<string, never>() };
  const { lines, problems } = checkLines(sheet, found.columns);
  const emailColumn = sheet.headers[found.columns.email] ?? null;
  const rows = lines.length
    ? await tenant
        .selectFrom('people')
        .leftJoin('development_budgets as b', (join) =>
          join
            .onRef('b.organisation_id', '=', 'people.organisation_id')
            .onRef('b.person_id', '=', 'people.id')
            .on('b.year', '=', options.year),
        )
        .select([
          'people.id',
          'people.email',
          'people.given_name',
          'people.family_name_prefix',
          'people.family_name',
          'b.amount_cents',
          'b.hours',
        ])
        .where(
          'people.email',
          'in',
          lines.map((l) => l.email),
        )
        .execute()
    : [];
  const people = new Map(rows.map((row) => [row.email.toLowerCase(), row]));
  for (const line of lines)
    if (!people.has(line.email))
      problems.push({
        line: line.line,
        column: emailColumn,
        field: 'email',
        message: `nobody in the organisation has the e-mail address ${line.email}`,
        code: 'unknown_person',
        params: { value: line.email },
      });
  if (problems.length === 0 && lines.length === 0)
    problems.push({
      line: null,
      column: null,
      field: 'file',
      message: 'has no lines to import',
      code: 'empty',
    });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { lines, problems, people };
}

type FileOptions = {
  year: number;
  fileName: string;
  content: Uint8Array;
  reading: SheetReading;
};

/** What the file would set, line by line, and every problem; nothing is written. */
export async function previewBudgetFile(ctx: Ctx, options: FileOptions) {
  assertCan(ctx.auth, 'development.manage');
  const sheet = await readSheet(options.content, options.fileName, options.reading);
  const { lines, problems, people } = await checkBudgetFile(ctx.db, sheet, options);
  return {
    rows: lines.flatMap((line) => {
      const person = people.get(line.email);
      if (!person) return [];
      return [
        {
          line: line.line,
          person: { id: person.id, displayName: displayName(person) },
          amountCents: line.cents,
          hours: line.hours,
          currentAmountCents: person.amount_cents ?? null,
          currentHours: person.hours ?? null,
        },
      ];
    }),
    errors: problems.slice(0, 1000),
    errorCount: problems.length,
  };
}

async function writeBudgets(
  tx: ChangeCtx<Ctx>,
  year: number,
  checked: Awaited<ReturnType<typeof checkBudgetFile>>,
  source: { file?: string },
) {
  const budgets = checked.lines.map((line) => ({
    personId: checked.people.get(line.email)!.id,
    cents: line.cents,
    hours: line.hours,
  }));
  await saveImportedBudgets(tx.db, year, budgets, tx.now());
  tx.record({
    action: 'budgets.imported',
    subjectId: String(year),
    changes: { budgets: checked.lines.length, ...source },
  });
  return checked.lines.length;
}

/** Sets every budget in the file in one transaction, or none (400 import_rejected listing the problems). */
export async function importBudgetFile(ctx: Ctx, options: FileOptions) {
  assertCan(ctx.auth, 'development.manage');
  // Read before the transaction: no database connection waits while the file is read.
  const sheet = await readSheet(options.content, options.fileName, options.reading);
  return runChange(ctx, async (tx) => {
    const checked = await checkBudgetFile(tx.db, sheet, options);
    if (checked.problems.length) throw importRejected(options.fileName, checked.problems.slice(0, 1000));
    return writeBudgets(tx, options.year, checked, { file: options.fileName });
  });
}

/** Pasted text has its columns in a fixed order; a first line without an e-mail address is a header. */
const pastedColumns: Columns = { email: 0, amount: 1, hours: 2 };

/**
 * Budgets from pasted CSV text "e-mail;amount;hours" (";", "," or tab): every line or none. Problems
 * are 400 validation_failed naming the CSV line ("line 4"): what is wrong in the text first, then
 * addresses nobody in the organisation has.
 */
export async function importBudgetText(
  ctx: Ctx,
  options: { year: number; csv: string; reading: SheetReading },
) {
  assertCan(ctx.auth, 'development.manage');
  const read = await readSheet(new TextEncoder().encode(options.csv), 'csv', options.reading, {
    hasHeaderLine: false,
  });
  const [first] = read.rows;
  const hasHeader = first?.line === 1 && !(first.cells[0] ?? '').includes('@');
  const sheet = { ...read, rows: hasHeader ? read.rows.slice(1) : read.rows };
  const columns = { ...pastedColumns, hours: sheet.headers.length > 2 ? 2 : null };
  return runChange(ctx, async (tx) => {
    const checked = await checkBudgetFile(tx.db, sheet, { year: options.year, columns });
    if (checked.problems.length) {
      const errors = [
        ...checked.problems.filter((problem) => problem.code !== 'unknown_person'),
        ...checked.problems.filter((problem) => problem.code === 'unknown_person'),
      ]
        .slice(0, 1000)
        .map((problem) => ({
          field: problem.line === null ? 'csv' : `line ${problem.line}`,
          message: problem.message,
        }));
      throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
        errors,
      });
    }
    return writeBudgets(tx, options.year, checked, {});
  });
}
