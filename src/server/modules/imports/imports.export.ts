import type { Locale } from '../../db/schema.ts';
import { exportHeaders } from './imports.fields.ts';
import type { ExportRow } from './imports.repository.ts';
import { dutchDate } from './imports.values.ts';

// The export writes the columns the import reads, so an export can be edited and imported back.

type ExportField = keyof (typeof exportHeaders)['nl'];

const cellOf = (row: ExportRow, field: ExportField): string | null => {
  switch (field) {
    case 'employeeNumber':
      return row.employee_number;
    case 'email':
      return row.email;
    case 'givenName':
      return row.given_name;
    case 'familyNamePrefix':
      return row.family_name_prefix;
    case 'familyName':
      return row.family_name;
    case 'jobTitle':
      return row.job_title;
    case 'unitCode':
      return row.unit_code;
    case 'unitName':
      return row.unit_name;
    case 'parentUnitCode':
      return row.parent_unit_code;
    case 'managerEmployeeNumber':
      return row.manager_employee_number;
    case 'managerEmail':
      return row.manager_email;
    case 'startDate':
      return row.start_date;
    case 'endDate':
      return row.end_date;
    case 'locale':
      return row.locale;
  }
};

const isDate = (field: ExportField) => field === 'startDate' || field === 'endDate';

// A spreadsheet runs a cell starting with = + - @ as a formula; a leading quote keeps it text
// (CSV injection). The import takes the quote off again.
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const csvCell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** CSV as Excel in a Dutch locale reads it: UTF-8 with BOM, ";" between cells, dd-mm-jjjj, CRLF. */
export function peopleCsv(rows: ExportRow[], language: Locale): Buffer {
  const headers = exportHeaders[language];
  const fields = Object.keys(headers) as ExportField[];
  const lines = [fields.map((field) => csvCell(headers[field])).join(';')];
  for (const row of rows) {
    lines.push(
      fields
        .map((field) => {
          const value = cellOf(row, field) ?? '';
          return csvCell(isDate(field) ? dutchDate(value) : defuse(value));
        })
        .join(';'),
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A workbook with one sheet: text cells stay text, dates are real Excel dates shown as dd-mm-jjjj. */
export async function peopleXlsx(rows: ExportRow[], language: Locale): Promise<Buffer> {
  const headers = exportHeaders[language];
  const fields = Object.keys(headers) as ExportField[];
  // Loaded on first export: exceljs is a large module graph every process would otherwise load at start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Groeipad';
  const sheet = workbook.addWorksheet(language === 'nl' ? 'Medewerkers' : 'People', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = fields.map((field) => ({
    header: headers[field],
    key: field,
    width: isDate(field) ? 14 : Math.max(14, headers[field].length + 2),
    style: isDate(field) ? { numFmt: 'dd-mm-yyyy' } : { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        fields.map((field) => {
          const value = cellOf(row, field);
          if (value === null) return [field, null];
          return [field, isDate(field) ? new Date(`${value}T00:00:00Z`) : value];
        }),
      ),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
