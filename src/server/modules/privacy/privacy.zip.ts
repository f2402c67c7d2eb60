import JSZip from 'jszip';
import {
  type PersonalDataKind,
  type PersonalDataTable,
  personalDataContributors,
  personalDataKinds,
} from '../../core/personal-data.ts';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { exportTexts } from './privacy.texts.ts';

type Part = { kind: PersonalDataKind; module: string; table: PersonalDataTable };

/** Everything every module holds about one person, in the modules' order. */
export async function gatherPersonalData(tenant: TenantDb, personId: string): Promise<Part[]> {
  const parts: Part[] = [];
  for (const contributor of personalDataContributors())
    for (const table of await contributor.export(tenant, personId))
      parts.push({ kind: contributor.kind, module: contributor.module, table });
  return parts;
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  // A spreadsheet must not run what someone typed as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** CSV with a header of every column any row has; UTF-8 with BOM so Excel reads accents. */
export function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((column) => cell(row[column])).join(',')),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The readable index: what each file holds, grouped by kind, in the person's language. */
function indexHtml(parts: Part[], locale: Locale, date: string): string {
  const words = exportTexts[locale];
  const sections = personalDataKinds
    .map((kind) => {
      const mine = parts.filter((part) => part.kind === kind);
      if (!mine.length) return '';
      const rows = mine
        .map(
          ({ module, table }) =>
            `<tr><td><a href="${escapeHtml(`${module}/${table.name}.csv`)}">${escapeHtml(`${module}/${table.name}`)}</a> (<a href="${escapeHtml(`${module}/${table.name}.json`)}">JSON</a>)</td><td>${table.rows.length}</td></tr>`,
        )
        .join('');
      return `<h2>${escapeHtml(words.kinds[kind])}</h2><table><tr><th>${words.file}</th><th>${words.rows}</th></tr>${rows}</table>`;
    })
    .join('');
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${escapeHtml(words.title)}</title><h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.intro.replace('{{date}}', date))}</p><p>${escapeHtml(words.others)}</p>${sections}</html>\n`;
}

/** The zip of one person's data: index.html, and per table a JSON and a CSV file. */
export async function personalDataZip(parts: Part[], locale: Locale, date: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('index.html', indexHtml(parts, locale, date));
  for (const { module, table } of parts) {
    zip.file(`${module}/${table.name}.json`, `${JSON.stringify(table.rows, null, 2)}\n`);
    zip.file(`${module}/${table.name}.csv`, toCsv(table.rows));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
