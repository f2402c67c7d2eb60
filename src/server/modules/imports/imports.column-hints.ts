import type { ColumnMapping } from './imports.fields.ts';
import { readHeader, referenceKindOf } from './imports.headers.ts';
import type { Sheet, SheetRow } from './imports.parser.ts';
import { parseDate } from './imports.values.ts';

// Columns the mapping leaves out that look like a manager, unit or date reference: leaving such a
// column out silently drops managers, units or dates, so the preview names them and asks to confirm.

export type ReferenceKind = 'manager' | 'unit' | 'date';
export type ColumnHint = { column: string; looksLike: ReferenceKind | null };

/** Enough lines to tell what a column holds; the hints stay cheap for a 50,000-line file. */
const sampleSize = 500;

/** By its values: most are other lines' employee numbers (a manager), or most are dates. */
function kindFromValues(sheet: Sheet, index: number, numbers: Map<string, number>): ReferenceKind | null {
  const filled: SheetRow[] = [];
  for (const row of sheet.rows) {
    if ((row.cells[index] ?? '') !== '') filled.push(row);
    if (filled.length === sampleSize) break;
  }
  if (filled.length === 0) return null;
  const others = filled.filter((row) => {
    const line = numbers.get(row.cells[index]!);
    return line !== undefined && line !== row.line;
  });
  if (others.length >= filled.length / 2) return 'manager';
  const dates = filled.filter((row) => 'date' in parseDate(row.cells[index]!));
  return dates.length >= filled.length * 0.8 ? 'date' : null;
}

/** What each column looks like, by its header first and else by its values. */
export function columnHints(sheet: Sheet, mapping: ColumnMapping): ColumnHint[] {
  const numberIndex = mapping.employeeNumber ? sheet.headers.indexOf(mapping.employeeNumber) : -1;
  const numbers = new Map<string, number>();
  if (numberIndex >= 0)
    for (const row of sheet.rows) if (row.cells[numberIndex]) numbers.set(row.cells[numberIndex]!, row.line);
  return sheet.headers.map((column, index) => ({
    column,
    looksLike:
      referenceKindOf(readHeader(column)) ??
      (index === numberIndex ? null : kindFromValues(sheet, index, numbers)),
  }));
}

/** The columns the mapping does not use, each with what it looks like. */
export function unmappedColumns(sheet: Sheet, mapping: ColumnMapping): ColumnHint[] {
  const mapped = new Set(Object.values(mapping).filter(Boolean));
  return columnHints(sheet, mapping).filter((hint) => !mapped.has(hint.column));
}
