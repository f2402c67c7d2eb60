import type { Locale } from '../../db/schema.ts';

// Reading single cell values the way Dutch HR exports write them. Pure functions, unit-tested.

const isRealDate = (year: number, month: number, day: number) => {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A calendar date as yyyy-mm-dd, from dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj or jjjj-mm-dd,
 * optionally followed by a time of 00:00 (Excel adds one). Day first, as in the Netherlands.
 */
export function parseDate(text: string): { date: string } | { error: string } {
  const value = text.trim().replace(/[ T]0?0:00(:00(\.0+)?)?Z?$/, '');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (isRealDate(year, month, day)) return { date: iso(year, month, day) };
    return { error: `"${text}" is not an existing date` };
  }
  match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2,4})$/.exec(value);
  if (match) {
    if (match[4]!.length !== 4) return { error: `"${text}" has no four-digit year; use dd-mm-jjjj` };
    const [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    if (isRealDate(year, month, day)) return { date: iso(year, month, day) };
    return { error: `"${text}" is not an existing date (day-month-year)` };
  }
  return { error: `"${text}" is not a date; use dd-mm-jjjj` };
}

/** Calendar date of an Excel date cell (exceljs gives midnight UTC). */
export const dateOfCell = (value: Date) =>
  iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());

/** dd-mm-jjjj for an export, from yyyy-mm-dd. */
export const dutchDate = (date: string | null) => {
  if (!date) return '';
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
};

// Dutch and Flemish tussenvoegsels, longest first so "van der" wins over "van".
const prefixes = [
  'van de la',
  'van der',
  'van den',
  'van de',
  'van het',
  "van 't",
  'in het',
  "in 't",
  'uit de',
  'uit den',
  'op de',
  'op den',
  'op het',
  'aan de',
  'aan den',
  'bij de',
  'de la',
  'de los',
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'het',
  "'t",
  'te',
  'ten',
  'ter',
  'in',
  'la',
  'le',
  'op',
  'uit',
  'aan',
  'bij',
];

export type NameParts = { givenName: string; familyNamePrefix: string | null; familyName: string };

/** Splits "Jan van der Berg" or "Berg, Jan van der" into given name, tussenvoegsel and family name. */
export function splitFullName(fullName: string): NameParts | null {
  const clean = fullName.trim().replace(/\s+/g, ' ');
  if (!clean) return null;
  const comma = clean.indexOf(',');
  if (comma > 0) {
    // "Berg, Jan van der": family name first; the tussenvoegsel trails the given names.
    const familyName = clean.slice(0, comma).trim();
    const rest = clean.slice(comma + 1).trim();
    const lower = rest.toLowerCase();
    for (const prefix of prefixes) {
      if (lower.endsWith(` ${prefix}`) && rest.length > prefix.length + 1) {
        return {
          givenName: rest.slice(0, rest.length - prefix.length - 1).trim(),
          familyNamePrefix: rest.slice(rest.length - prefix.length),
          familyName,
        };
      }
    }
    return rest ? { givenName: rest, familyNamePrefix: null, familyName } : null;
  }
  const words = clean.split(' ');
  if (words.length < 2) return null;
  // The tussenvoegsel starts at the first prefix word after the first given name.
  for (let start = 1; start < words.length - 1; start++) {
    const tail = words.slice(start).join(' ').toLowerCase();
    const prefix = prefixes.find((p) => tail.startsWith(`${p} `));
    if (prefix) {
      const length = prefix.split(' ').length;
      return {
        givenName: words.slice(0, start).join(' '),
        familyNamePrefix: words.slice(start, start + length).join(' '),
        familyName: words.slice(start + length).join(' '),
      };
    }
  }
  return {
    givenName: words.slice(0, -1).join(' '),
    familyNamePrefix: null,
    familyName: words.at(-1)!,
  };
}

const localeNames: Record<string, Locale> = {
  nl: 'nl',
  nld: 'nl',
  dut: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  eng: 'en',
  engels: 'en',
  english: 'en',
};

/** nl or en, from "NL", "nl-NL", "Nederlands", "English" and so on. */
export function parseLocale(text: string): Locale | null {
  const value = text.trim().toLowerCase();
  return localeNames[value] ?? localeNames[value.split(/[-_]/)[0] ?? ''] ?? null;
}

// Deliberately simple: one @, a dot in the domain, no spaces. The mail server has the last word.
export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** A cell as text: trimmed, and without the quote an export adds before =, +, - or @ (see imports.export.ts). */
export const cleanCell = (value: string) => {
  const trimmed = value.trim();
  return /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed;
};
