import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../../http/errors.ts';

// Skill framework imports: our own CSV (both languages per line) and the ESCO skills CSV
// (one language per file: preferredLabel, altLabels, description, conceptUri). Parsing is pure;
// every problem names its line (header = line 1) and column, and one problem rejects the whole file.

export type SkillImportRow = {
  line: number;
  externalUri: string | null;
  category: { nl: string; en: string } | null;
  name: { nl?: string; en?: string };
  description: { nl?: string; en?: string };
  synonyms: string[];
};

export type SkillImportProblem = {
  line: number | null;
  column: string | null;
  field: string;
  message: string;
  code: string;
};

export const groeipadColumns = [
  'name_nl',
  'name_en',
  'description_nl',
  'description_en',
  'category_nl',
  'category_en',
  'synonyms',
] as const;
const escoRequired = ['conceptUri', 'preferredLabel'] as const;

export function rejected(problems: SkillImportProblem[]): AppError {
  const first = problems[0]!;
  const where = [first.line && `line ${first.line}`, first.column && `column "${first.column}"`]
    .filter(Boolean)
    .join(', ');
  return new AppError(
    'import_rejected',
    `${problems.length} problem(s), nothing was imported. First: ${where}: ${first.message}`,
    { errors: problems },
  );
}

function readCsv(text: string): { headers: string[]; rows: { line: number; cells: string[] }[] } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? null;
    throw rejected([{ line, column: null, field: 'file', message: error.message, code: 'malformed_csv' }]);
  }
  const rows: { line: number; cells: string[] }[] = [];
  let nextLine = 1;
  for (const { record, info } of records) {
    rows.push({ line: nextLine, cells: record.map((cell) => cell.trim()) });
    nextLine = info.lines + 1;
  }
  const header = rows.shift();
  if (!header || header.cells.every((cell) => !cell))
    throw rejected([
      { line: 1, column: null, field: 'file', message: 'the file has no header line', code: 'no_header' },
    ]);
  return { headers: header.cells, rows: rows.filter((row) => row.cells.some(Boolean)) };
}

function columnsOf(headers: string[], required: readonly string[], problems: SkillImportProblem[]) {
  const index = new Map(headers.map((name, i) => [name, i]));
  for (const name of required)
    if (!index.has(name))
      problems.push({
        line: 1,
        column: name,
        field: name,
        message: `the column "${name}" is missing`,
        code: 'missing_column',
      });
  return (cells: string[], name: string) => {
    const i = index.get(name);
    return i === undefined ? '' : (cells[i] ?? '');
  };
}

function checkLength(
  value: string,
  max: number,
  line: number,
  column: string,
  problems: SkillImportProblem[],
) {
  if (value.length > max)
    problems.push({
      line,
      column,
      field: column,
      message: `longer than ${max} characters`,
      code: 'too_long',
    });
}

/** Rejects a name given twice in one file. */
function checkDuplicates(
  rows: SkillImportRow[],
  key: (row: SkillImportRow) => string | null,
  column: string,
  problems: SkillImportProblem[],
) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const value = key(row);
    if (!value) continue;
    const earlier = seen.get(value);
    if (earlier)
      problems.push({
        line: row.line,
        column,
        field: column,
        message: `the same skill as line ${earlier}`,
        code: 'duplicate',
      });
    else seen.set(value, row.line);
  }
}

export function parseGroeipadCsv(text: string): SkillImportRow[] {
  const { headers, rows } = readCsv(text);
  const problems: SkillImportProblem[] = [];
  const cell = columnsOf(headers, ['name_nl', 'name_en'], problems);
  if (problems.length) throw rejected(problems);
  const result = rows.map(({ line, cells }): SkillImportRow => {
    for (const column of ['name_nl', 'name_en'])
      if (!cell(cells, column))
        problems.push({ line, column, field: column, message: 'is empty', code: 'required' });
    for (const column of ['name_nl', 'name_en', 'category_nl', 'category_en'])
      checkLength(cell(cells, column), 200, line, column, problems);
    const categoryNl = cell(cells, 'category_nl');
    const categoryEn = cell(cells, 'category_en') || categoryNl;
    return {
      line,
      externalUri: null,
      category: categoryNl ? { nl: categoryNl, en: categoryEn } : null,
      name: { nl: cell(cells, 'name_nl'), en: cell(cells, 'name_en') },
      description: { nl: cell(cells, 'description_nl'), en: cell(cells, 'description_en') },
      synonyms: cell(cells, 'synonyms')
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
  checkDuplicates(result, (row) => row.name.nl?.toLowerCase() ?? null, 'name_nl', problems);
  if (problems.length) throw rejected(problems);
  return result;
}

/** ESCO's skills CSV (e.g. skills_nl.csv from the ESCO download page), one language per file. */
export function parseEscoCsv(text: string, language: 'nl' | 'en'): SkillImportRow[] {
  const { headers, rows } = readCsv(text);
  const problems: SkillImportProblem[] = [];
  const cell = columnsOf(headers, escoRequired, problems);
  if (problems.length) throw rejected(problems);
  const result = rows.map(({ line, cells }): SkillImportRow => {
    const uri = cell(cells, 'conceptUri');
    const label = cell(cells, 'preferredLabel');
    if (!uri)
      problems.push({
        line,
        column: 'conceptUri',
        field: 'conceptUri',
        message: 'is empty',
        code: 'required',
      });
    else if (!/^https?:\/\/\S+$/.test(uri))
      problems.push({
        line,
        column: 'conceptUri',
        field: 'conceptUri',
        message: 'is not a URI',
        code: 'invalid_uri',
      });
    if (!label)
      problems.push({
        line,
        column: 'preferredLabel',
        field: 'preferredLabel',
        message: 'is empty',
        code: 'required',
      });
    checkLength(label, 200, line, 'preferredLabel', problems);
    return {
      line,
      externalUri: uri || null,
      category: null,
      name: { [language]: label },
      description: { [language]: cell(cells, 'description') || cell(cells, 'definition') },
      // ESCO separates alternative labels with line breaks inside the cell.
      synonyms: cell(cells, 'altLabels')
        .split(/\r?\n|\|/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
  checkDuplicates(result, (row) => row.externalUri, 'conceptUri', problems);
  if (problems.length) throw rejected(problems);
  return result;
}
