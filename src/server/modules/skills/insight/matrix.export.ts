import type { Locale } from '../../../db/schema.ts';
import type { teamMatrix } from './insight.read.ts';

type Matrix = Awaited<ReturnType<typeof teamMatrix>>;

/** The matrix as rows: a header of skill names, then per person their level ("3/4" when a target applies). */
function rowsOf(matrix: Matrix, locale: Locale): string[][] {
  const header = [locale === 'nl' ? 'Naam' : 'Name', ...matrix.skills.map((s) => s.name[locale])];
  const rows = matrix.people.map((person) => [
    person.displayName,
    ...matrix.skills.map((_, i) => {
      const level = person.levels[i] ?? null;
      const target = person.targets[i] ?? null;
      if (level === null && target === null) return '';
      return target === null ? String(level) : `${level ?? '-'}/${target}`;
    }),
  ]);
  return [header, ...rows];
}

const csvCell = (value: string) => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Semicolon-separated with a BOM, the way Dutch Excel opens it directly. */
export function matrixCsv(matrix: Matrix, locale: Locale): string {
  return `\uFEFF${rowsOf(matrix, locale)
    .map((row) => row.map(csvCell).join(';'))
    .join('\r\n')}\r\n`;
}

export async function matrixXlsx(matrix: Matrix, locale: Locale): Promise<Buffer> {
  // Loaded on first export: exceljs is a large module graph every process would otherwise load at start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'nl' ? 'Vaardigheden' : 'Skills');
  for (const row of rowsOf(matrix, locale)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
