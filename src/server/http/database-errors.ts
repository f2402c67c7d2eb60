import { AppError, type FieldError } from './errors.ts';

/** What node-postgres (and PGlite through its adapter) tells about a refused statement. */
type DatabaseError = Error & {
  code: string;
  severity?: string;
  constraint?: string;
  column?: string;
  table?: string;
  detail?: string;
};

export function isDatabaseError(error: unknown): error is DatabaseError {
  if (!(error instanceof Error)) return false;
  const { code, severity } = error as Partial<DatabaseError>;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}

/**
 * API field names for constraints whose columns do not say it plainly. Others are named after their
 * single column (organisation_id aside): people_email → email.
 */
const constraintFields: Record<string, string> = {
  job_roles_name: 'name.nl',
  skills_name_nl: 'name.nl',
  skill_categories_name: 'name.nl',
  development_plans_person_period: 'period',
  development_budgets_person_year: 'year',
  direction_statements_organisation_id_kind_locale_version_key: 'version',
};

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** The columns of "Key (organisation_id, lower(name_nl::text))=(…)": name_nl. */
function keyColumns(detail: string | undefined): string[] {
  const list = detail?.match(/^Key \((.*?)\)=/)?.[1];
  if (!list) return [];
  return list
    .split(/,\s*/)
    .map((part) => part.replace(/^.*\(/, '').replace(/(::\w+)?\)+$/, ''))
    .filter((column) => column !== 'organisation_id');
}

function fieldOf(error: DatabaseError): string | null {
  if (error.constraint && constraintFields[error.constraint]) return constraintFields[error.constraint]!;
  if (error.column) return camel(error.column);
  const columns = keyColumns(error.detail);
  if (columns.length === 1) return camel(columns[0]!);
  // A check on one column is named table_column_check by PostgreSQL.
  const check = error.table && error.constraint?.match(new RegExp(`^${error.table}_(\\w+?)_check\\d*$`));
  return check ? camel(check[1]!) : null;
}

function invalid(field: string | null, message: string, code: string): AppError {
  if (!field) return new AppError('validation_failed', message);
  const errors: FieldError[] = [{ field, message, code }];
  return new AppError('validation_failed', `${field}: ${message}`, { errors });
}

/**
 * A database refusal the client caused, as the problem to answer; null for our own faults (which
 * stay a logged 500). Never passes on the database's own message: it quotes SQL and other rows' values.
 */
export function problemOfDatabaseError(error: unknown): AppError | null {
  if (!isDatabaseError(error)) return null;
  const field = fieldOf(error);
  switch (error.code) {
    case '23505': // unique_violation
      return field
        ? invalid(field, 'is already used', 'taken')
        : new AppError('conflict', 'This already exists.');
    case '23503': // foreign_key_violation
      // On delete: something still points here. On insert/update: the reference does not exist.
      return /^update or delete on table/.test(error.message)
        ? new AppError('conflict', 'This is still in use elsewhere.')
        : invalid(field, 'no such item in this organisation', 'unknownReference');
    case '23502': // not_null_violation
      return invalid(field, 'is required', 'required');
    case '23514': // check_violation
    case '23P01': // exclusion_violation
      return invalid(field, 'is not an allowed value', 'invalid');
    case '22001': // string_data_right_truncation
    case '54000': // program_limit_exceeded: e.g. a value too large for an index
      return invalid(field, 'is too long', 'tooLong');
    case '22021': // character_not_in_repertoire: NUL in text
    case '22P05': // untranslatable_character: \u0000 or a lone surrogate in jsonb
      return invalid(field, 'contains a character that is not allowed', 'invalidCharacters');
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
      return new AppError('conflict', 'Someone changed this at the same time; try again.');
    case '22012': // division_by_zero: our arithmetic, not the client's input
      return null;
  }
  // Any other data exception (22xxx): invalid text representation, numeric or date out of range, …
  if (error.code.startsWith('22')) return invalid(field, 'is not a valid value', 'invalid');
  return null;
}
