import { type FieldRule, readHeader, scoreFor } from './imports.headers.ts';

// The person fields a file column can be mapped to, and how header names suggest a mapping.

export const importFields = [
  'employeeNumber',
  'email',
  'givenName',
  'familyNamePrefix',
  'familyName',
  'fullName',
  'jobTitle',
  'unitCode',
  'unitName',
  'parentUnitCode',
  'managerEmployeeNumber',
  'managerEmail',
  'startDate',
  'endDate',
  'locale',
] as const;
export type ImportField = (typeof importFields)[number];

/** Field → the header of the column it comes from; a field left out is not imported (kept as is). */
export type ColumnMapping = Partial<Record<ImportField, string | null>>;

/**
 * Which headers fill each field, by what they are about (imports.headers.ts): "Leidinggevende (pers.nr)"
 * is a manager and an employee number; "Naam leidinggevende" is a manager's name, which no field takes.
 */
const rules: Record<ImportField, FieldRule[]> = {
  employeeNumber: [
    {
      needs: [
        ['employee', 'number'],
        ['account', 'number'],
      ],
    },
    // "Nummer", "ID" or "Code" alone, when nothing says more.
    { needs: [['number']], weight: -50 },
  ],
  email: [{ needs: [['email']] }],
  givenName: [{ needs: [['given']], allows: ['name'] }],
  familyNamePrefix: [{ needs: [['prefix']], allows: ['family', 'name'] }],
  familyName: [{ needs: [['family']], allows: ['name'] }],
  fullName: [{ needs: [['name']], allows: ['employee'] }],
  jobTitle: [{ needs: [['job']], allows: ['name'] }],
  unitCode: [{ needs: [['unit', 'number'], ['costCenter']], allows: ['unit', 'number'] }],
  unitName: [{ needs: [['unit'], ['costCenter', 'name']], allows: ['name'] }],
  parentUnitCode: [
    {
      needs: [
        ['parent', 'unit'],
        ['parent', 'costCenter'],
      ],
      allows: ['number', 'name'],
    },
  ],
  managerEmployeeNumber: [{ needs: [['manager']], allows: ['employee', 'number', 'account'] }],
  managerEmail: [{ needs: [['manager', 'email']] }],
  startDate: [{ needs: [['start']], allows: ['date'] }],
  endDate: [{ needs: [['end']], allows: ['date'] }],
  locale: [{ needs: [['language']] }],
};

/**
 * Proposes a mapping for these headers: a remembered mapping wins wherever its header is still in the
 * file; the other fields go to the headers that fit them best (ties: the earlier column). A column
 * is used for one field at most.
 */
export function suggestMapping(headers: string[], remembered: ColumnMapping | null = null): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of importFields) {
    const header = remembered?.[field];
    if (header && headers.includes(header) && !used.has(header)) {
      mapping[field] = header;
      used.add(header);
    }
  }
  const isOpen = (field: ImportField) =>
    !mapping[field] && !(remembered && field in remembered && remembered[field] === null);
  const candidates: { header: string; index: number; field: ImportField; score: number }[] = [];
  headers.forEach((header, index) => {
    if (used.has(header)) return;
    const reading = readHeader(header);
    for (const field of importFields.filter(isOpen))
      for (const rule of rules[field]) {
        const score = scoreFor(reading, rule);
        if (score !== null) candidates.push({ header, index, field, score });
      }
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score || a.index - b.index || importFields.indexOf(a.field) - importFields.indexOf(b.field),
  );
  for (const { header, field } of candidates) {
    if (mapping[field] || used.has(header)) continue;
    mapping[field] = header;
    used.add(header);
  }
  // "Naam" alone means a full name only when the file has no separate name columns.
  if (mapping.fullName && (mapping.givenName || mapping.familyName)) delete mapping.fullName;
  return mapping;
}

/** Column headers of an export, per language, in import order; importing an export maps itself. */
export const exportHeaders: Record<'nl' | 'en', Record<Exclude<ImportField, 'fullName'>, string>> = {
  nl: {
    employeeNumber: 'Personeelsnummer',
    email: 'E-mailadres',
    givenName: 'Voornaam',
    familyNamePrefix: 'Tussenvoegsel',
    familyName: 'Achternaam',
    jobTitle: 'Functie',
    unitCode: 'Afdelingscode',
    unitName: 'Afdeling',
    parentUnitCode: 'Bovenliggende afdelingscode',
    managerEmployeeNumber: 'Leidinggevende (personeelsnummer)',
    managerEmail: 'Leidinggevende (e-mail)',
    startDate: 'Datum in dienst',
    endDate: 'Datum uit dienst',
    locale: 'Taal',
  },
  en: {
    employeeNumber: 'Employee number',
    email: 'Email',
    givenName: 'Given name',
    familyNamePrefix: 'Family name prefix',
    familyName: 'Family name',
    jobTitle: 'Job title',
    unitCode: 'Unit code',
    unitName: 'Unit',
    parentUnitCode: 'Parent unit code',
    managerEmployeeNumber: 'Manager (employee number)',
    managerEmail: 'Manager (email)',
    startDate: 'Start date',
    endDate: 'End date',
    locale: 'Language',
  },
};
