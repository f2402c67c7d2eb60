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

/** Header names (folded: lower case, no accents or punctuation) that HR systems and people use. */
const synonyms: Record<ImportField, string[]> = {
  employeeNumber: [
    'personeelsnummer',
    'personeelsnr',
    'persnr',
    'medewerkernummer',
    'medewerkernr',
    'werknemernummer',
    'registratienummer',
    'employeenumber',
    'employeeno',
    'employeeid',
    'staffnumber',
    'personnelnumber',
  ],
  email: ['emailadres', 'email', 'mail', 'emailzakelijk', 'zakelijkemail', 'workemail', 'emailaddress'],
  givenName: ['voornaam', 'roepnaam', 'givenname', 'firstname', 'forename'],
  familyNamePrefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'prefix', 'familynameprefix'],
  familyName: ['achternaam', 'geslachtsnaam', 'familienaam', 'familyname', 'lastname', 'surname'],
  fullName: ['naam', 'volledigenaam', 'name', 'fullname', 'displayname', 'weergavenaam'],
  jobTitle: ['functie', 'functienaam', 'functietitel', 'jobtitle', 'title', 'position', 'role'],
  unitCode: [
    'afdelingscode',
    'afdelingcode',
    'kostenplaats',
    'kostenplaatscode',
    'teamcode',
    'unitcode',
    'departmentcode',
    'orgunitcode',
  ],
  unitName: ['afdeling', 'afdelingsnaam', 'team', 'teamnaam', 'unit', 'department', 'unitname', 'orgunit'],
  parentUnitCode: [
    'bovenliggendeafdelingscode',
    'bovenliggendeafdeling',
    'hoofdafdelingscode',
    'hoofdafdeling',
    'parentunitcode',
    'parentunit',
    'parentdepartmentcode',
  ],
  managerEmployeeNumber: [
    'leidinggevende',
    'leidinggevendepersoneelsnummer',
    'personeelsnummerleidinggevende',
    'managerpersoneelsnummer',
    'leidinggevendenummer',
    'manager',
    'manageremployeenumber',
    'manageremployeeid',
    'managerid',
  ],
  managerEmail: [
    'leidinggevendeemail',
    'emailleidinggevende',
    'leidinggevendeemailadres',
    'emailadresleidinggevende',
    'manageremail',
    'manageremailaddress',
  ],
  startDate: [
    'datumindienst',
    'indienst',
    'indiensttreding',
    'startdatum',
    'begindatum',
    'startdate',
    'hiredate',
  ],
  endDate: [
    'datumuitdienst',
    'uitdienst',
    'uitdiensttreding',
    'einddatum',
    'enddate',
    'leavedate',
    'terminationdate',
  ],
  locale: ['taal', 'voorkeurstaal', 'language', 'locale'],
};

/** Lower case, accents and everything but letters and digits removed: "E-mailadres" → "emailadres". */
export const foldHeader = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Proposes a mapping for these headers: a remembered mapping wins wherever its header is still in the
 * file; the other fields are matched on known header names. A column is used for one field at most.
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
  const folded = headers.map((header) => [header, foldHeader(header)] as const);
  for (const field of importFields) {
    if (mapping[field] || (remembered && field in remembered && remembered[field] === null)) continue;
    for (const synonym of synonyms[field]) {
      const match = folded.find(([header, fold]) => fold === synonym && !used.has(header));
      if (match) {
        mapping[field] = match[0];
        used.add(match[0]);
        break;
      }
    }
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
