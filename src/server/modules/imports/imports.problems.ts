import { AppError } from '../../http/errors.ts';

/** One problem in an import file: where (file line, header = line 1; column header) and what. */
export type ImportProblem = {
  line: number | null;
  column: string | null;
  /** The import field (email, startDate…) or "file" / "mapping" for the file as a whole. */
  field: string;
  /** English, for logs and API users. */
  message: string;
  /** Stable, for the UI to say it in the reader's language: invalid_date, unknown_manager, … */
  code: string;
  /** Values the message names (the cell value, another line), for the translated message. */
  params?: Record<string, string | number>;
};

const where = (problem: ImportProblem) =>
  [problem.line === null ? null : `line ${problem.line}`, problem.column && `column "${problem.column}"`]
    .filter(Boolean)
    .join(', ');

/** 400 import_rejected listing every problem; the detail names the file and the first problem. */
export function importRejected(fileName: string, problems: ImportProblem[]): AppError {
  const first = problems[0];
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const detail = first
    ? `${fileName}: ${count}, nothing was imported. First: ${[where(first), first.message].filter(Boolean).join(': ')}`
    : `${fileName}: nothing was imported.`;
  return new AppError('import_rejected', detail, { errors: problems });
}
