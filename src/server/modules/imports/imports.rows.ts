import type { Locale } from '../../db/schema.ts';
import { type ColumnMapping, type ImportField, importFields } from './imports.fields.ts';
import type { Sheet } from './imports.parser.ts';
import type { ImportProblem } from './imports.problems.ts';
import { isEmail, parseDate, parseLocale, splitFullName } from './imports.values.ts';

// Step one of validation: each line on its own, through the mapping, into typed values.

/** One line of the file as typed values; `undefined` means the field is not mapped (keep as is). */
export type ImportRow = {
  line: number;
  hasProblems: boolean;
  employeeNumber?: string | null;
  email: string;
  givenName: string;
  familyNamePrefix?: string | null;
  familyName: string;
  jobTitle?: string | null;
  unitCode?: string | null;
  unitName?: string | null;
  parentUnitCode?: string | null;
  managerEmployeeNumber?: string | null;
  managerEmail?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  locale?: Locale | null;
};

const maxLength: Partial<Record<ImportField, number>> = {
  employeeNumber: 50,
  email: 254,
  givenName: 100,
  familyNamePrefix: 30,
  familyName: 100,
  fullName: 250,
  jobTitle: 150,
  unitCode: 50,
  unitName: 200,
  parentUnitCode: 50,
  managerEmployeeNumber: 50,
  managerEmail: 254,
};

/** Problems with the mapping itself: a header that is not in the file, a required field left out. */
export function checkMapping(headers: string[], mapping: ColumnMapping): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const field of importFields) {
    const header = mapping[field];
    if (header && !headers.includes(header))
      problems.push({
        line: null,
        column: header,
        field,
        message: 'this column is not in the file',
        code: 'column_missing',
      });
  }
  if (mapping.parentUnitCode && !mapping.unitCode && !mapping.unitName)
    problems.push({
      line: null,
      column: mapping.parentUnitCode,
      field: 'parentUnitCode',
      message: 'map a unit code or unit name column too',
      code: 'parent_without_unit_column',
    });
  if (!mapping.email)
    problems.push({
      line: null,
      column: null,
      field: 'email',
      message: 'map a column to the e-mail address',
      code: 'field_not_mapped',
    });
  for (const field of ['givenName', 'familyName'] as const) {
    if (!mapping[field] && !mapping.fullName)
      problems.push({
        line: null,
        column: null,
        field,
        message: 'map a column to this name part, or map a full-name column',
        code: 'field_not_mapped',
      });
  }
  return problems;
}

/** Reads every line through the mapping; returns the rows that could be read and every problem found. */
export function readRows(sheet: Sheet, mapping: ColumnMapping) {
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const index = new Map<ImportField, number>();
  for (const field of importFields) {
    const header = mapping[field];
    if (header) index.set(field, sheet.headers.indexOf(header));
  }
  for (const sheetRow of sheet.rows) {
    const { line, cells } = sheetRow;
    const before = problems.length;
    const problem = (field: ImportField, message: string, code: string, params?: ImportProblem['params']) =>
      problems.push({ line, column: mapping[field] ?? null, field, message, code, params });
    /** The cell for a field: undefined when unmapped, null when empty. */
    const cell = (field: ImportField): string | null | undefined => {
      const at = index.get(field);
      if (at === undefined) return undefined;
      const value = cells[at] ?? '';
      if (value === '') return null;
      const max = maxLength[field];
      if (max && value.length > max) problem(field, `is longer than ${max} characters`, 'too_long', { max });
      return value;
    };
    if (cells.slice(sheet.headers.length).some((value) => value !== ''))
      problems.push({
        line,
        column: null,
        field: 'file',
        message: `has ${cells.length} cells but the header line has ${sheet.headers.length} columns`,
        code: 'extra_cells',
        params: { cells: cells.length, columns: sheet.headers.length },
      });

    const email = cell('email')?.toLowerCase() ?? null;
    if (!email) problem('email', 'is empty; every person needs an e-mail address', 'required');
    else if (!isEmail(email))
      problem('email', `"${email}" is not an e-mail address`, 'invalid_email', { value: email });

    let givenName = cell('givenName');
    let familyName = cell('familyName');
    let familyNamePrefix = cell('familyNamePrefix');
    let isSplit = false;
    const fullName = cell('fullName');
    if ((!givenName || !familyName) && fullName) {
      const parts = splitFullName(fullName);
      if (!parts)
        problem('fullName', `cannot split "${fullName}" into given and family name`, 'unsplittable_name', {
          value: fullName,
        });
      else {
        isSplit = true;
        givenName ||= parts.givenName;
        familyName ||= parts.familyName;
        familyNamePrefix ||= parts.familyNamePrefix;
      }
    }
    if (!givenName && !fullName)
      problem(mapping.givenName ? 'givenName' : 'fullName', 'is empty', 'required');
    if (!familyName && !fullName)
      problem(mapping.familyName ? 'familyName' : 'fullName', 'is empty', 'required');

    const date = (field: 'startDate' | 'endDate') => {
      const value = cell(field);
      if (!value) return value;
      const parsed = parseDate(value);
      if ('error' in parsed) {
        problem(field, parsed.error, 'invalid_date', { value });
        return null;
      }
      return parsed.date;
    };
    const startDate = date('startDate');
    const endDate = date('endDate');
    if (startDate && endDate && endDate < startDate)
      problem('endDate', 'is before the start date', 'end_before_start');

    const localeText = cell('locale');
    const locale = localeText ? parseLocale(localeText) : (localeText as null | undefined);
    if (localeText && !locale)
      problem('locale', `"${localeText}" is not a language we know; use nl or en`, 'unknown_locale', {
        value: localeText,
      });

    const managerEmailText = cell('managerEmail');
    const managerEmail = managerEmailText ? managerEmailText.toLowerCase() : managerEmailText;
    if (managerEmail && !isEmail(managerEmail))
      problem('managerEmail', `"${managerEmail}" is not an e-mail address`, 'invalid_email', {
        value: managerEmail,
      });

    // A line with problems still takes part in the checks between lines (as someone's manager, say),
    // so one bad date does not also show up as an "unknown manager" elsewhere.
    rows.push({
      line,
      hasProblems: problems.length > before,
      email: email ?? '',
      givenName: givenName ?? '',
      familyName: familyName ?? '',
      employeeNumber: cell('employeeNumber'),
      familyNamePrefix: isSplit && familyNamePrefix === undefined ? null : familyNamePrefix,
      jobTitle: cell('jobTitle'),
      unitCode: cell('unitCode'),
      unitName: cell('unitName'),
      parentUnitCode: cell('parentUnitCode'),
      managerEmployeeNumber: cell('managerEmployeeNumber'),
      managerEmail,
      startDate,
      endDate,
      locale,
    });
  }
  return { rows, problems };
}
