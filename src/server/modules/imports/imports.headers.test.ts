import { describe, expect, it } from 'vitest';
import { columnHints, unmappedColumns } from './imports.column-hints.ts';
import { type ImportField, suggestMapping } from './imports.fields.ts';
import { headerWords, readHeader, referenceKindOf } from './imports.headers.ts';

/** The field a header is suggested for when it is the file's only column. */
const fieldOf = (header: string) => (Object.keys(suggestMapping([header])) as ImportField[])[0] ?? null;

// Headers as HR systems and people write them: AFAS, Visma Raet/Youforce, Nmbrs, Loket, HR2day,
// SAP (SuccessFactors), Workday, and Excel sheets made by hand.
const headers: Record<ImportField, string[]> = {
  employeeNumber: [
    'Personeelsnummer',
    'Personeelsnr',
    'Personeelsnr.',
    'Pers.nr.',
    'Persnr',
    'Pers. nr',
    'PersNr',
    'P.nr.',
    'Medewerkernummer',
    'Medewerker nr',
    'Mdw.nr.',
    'Werknemernummer',
    'Werknemersnummer',
    'Registratienummer',
    'Employee number',
    'Employee No.',
    'Emp No',
    'Empl ID',
    'Employee ID',
    'EmployeeId',
    'employee_id',
    'EMPLOYEE_NUMBER',
    'Employee #',
    'Staff number',
    'Personnel Number',
    'PERNR',
    'Pers.No.',
    'Person ID External',
    'User ID',
    'Worker ID',
    'ID',
    'Nummer',
  ],
  managerEmployeeNumber: [
    'Leidinggevende',
    'Leidinggevende (pers.nr)',
    'Leidinggevende (pers.nr.)',
    'Leidinggevende (personeelsnummer)',
    'Personeelsnummer leidinggevende',
    'Pers.nr. leidinggevende',
    'Persnr leidinggevende',
    'Leidinggevende persnr',
    'LG persnr',
    'Pers.nr. LG',
    'Leidinggevende nummer',
    'Nummer leidinggevende',
    'Hiërarchisch leidinggevende',
    'Teamleider',
    'Manager',
    'Manager ID',
    'Manager Employee ID',
    'Manager employee number',
    'Manager (employee number)',
    'Manager User ID',
    'Supervisor',
    'Supervisor ID',
    'Reports To',
    'Reports To Employee ID',
    'Line manager',
    'Direct manager',
    'managerEmployeeNumber',
  ],
  managerEmail: [
    'E-mail leidinggevende',
    'E-mailadres leidinggevende',
    'Leidinggevende (e-mail)',
    'Manager email',
    'Manager E-mail Address',
    'Supervisor email',
    'managerEmail',
  ],
  email: [
    'E-mail',
    'E-mailadres',
    'Email',
    'E-mail adres',
    'Mail',
    'E-mail zakelijk',
    'Zakelijk e-mailadres',
    'E-mail werk',
    'Work email',
    'Email address',
    'Business Email Address',
    'Primary Work Email',
    'emailAddress',
  ],
  givenName: [
    'Voornaam',
    'Roepnaam',
    'Voornamen',
    'First name',
    'Given name',
    'Forename',
    'Legal First Name',
    'Preferred First Name',
    'firstName',
  ],
  familyNamePrefix: [
    'Tussenvoegsel',
    'Tussenvoegsels',
    'Voorvoegsel',
    'Voorvoegsels',
    'Voorvoegsel geboortenaam',
    'Voorv.',
    'Prefix',
    'Family name prefix',
  ],
  familyName: [
    'Achternaam',
    'Geslachtsnaam',
    'Geboortenaam',
    'Familienaam',
    'Last name',
    'Surname',
    'Family name',
    'Legal Last Name',
    'lastName',
  ],
  fullName: [
    'Naam',
    'Volledige naam',
    'Naam medewerker',
    'Employee name',
    'Name',
    'Full name',
    'Display name',
    'Weergavenaam',
  ],
  jobTitle: [
    'Functie',
    'Functienaam',
    'Functieomschrijving',
    'Functie omschrijving',
    'Functiebenaming',
    'Job title',
    'Job Profile',
    'Position',
    'Position Title',
    'Business Title',
    'Rol',
  ],
  unitCode: [
    'Afdelingscode',
    'Afdeling code',
    'Afdelingsnummer',
    'Kostenplaats',
    'Kostenplaatscode',
    'Kpl',
    'Teamcode',
    'Unit code',
    'Department code',
    'Department ID',
    'Cost center',
    'Cost Centre',
    'Org unit code',
    'Organisatie-eenheid code',
  ],
  unitName: [
    'Afdeling',
    'Afdelingsnaam',
    'Afdeling naam',
    'Team',
    'Teamnaam',
    'Unit',
    'Department',
    'Dept.',
    'Organisatie-eenheid',
    'Organisatorische eenheid',
    'Org. unit',
    'Business Unit',
    'Supervisory Organization',
    'Division',
    'Kostenplaats omschrijving',
  ],
  parentUnitCode: [
    'Bovenliggende afdeling',
    'Bovenliggende afdelingscode',
    'Hoofdafdeling',
    'Parent unit',
    'Parent unit code',
    'Parent department ID',
    'Bovenliggende kostenplaats',
  ],
  startDate: [
    'Datum in dienst',
    'In dienst',
    'Indienst',
    'Indiensttreding',
    'Datum indiensttreding',
    'Startdatum',
    'Begindatum',
    'Begindatum dienstverband',
    'Aanvang dienstverband',
    'Start date',
    'Hire date',
    'Original Hire Date',
    'Date of hire',
    'Employment start date',
    'Entry date',
    'hireDate',
  ],
  endDate: [
    'Datum uit dienst',
    'Uit dienst',
    'Uitdienst',
    'Uitdiensttreding',
    'Datum uitdiensttreding',
    'Einddatum',
    'Einddatum dienstverband',
    'Einde dienstverband',
    'Ontslagdatum',
    'End date',
    'Termination date',
    'Leave date',
    'Employment end date',
  ],
  locale: ['Taal', 'Voorkeurstaal', 'Correspondentietaal', 'Language', 'Preferred language', 'Locale'],
};

describe('reading a header', () => {
  it('folds case, accents, punctuation and camelCase, and joins phrases that are one word', () => {
    expect(headerWords('Leidinggevende (pers.nr)')).toEqual(['leidinggevende', 'pers', 'nr']);
    expect(headerWords('Hiërarchisch Leidinggevende')).toEqual(['hierarchisch', 'leidinggevende']);
    expect(headerWords('managerEmployeeNumber')).toEqual(['manager', 'employee', 'number']);
    expect(headerWords('E-mailadres')).toEqual(['emailadres']);
    expect(headerWords('Datum in dienst')).toEqual(['datum', 'indienst']);
    expect(headerWords('Employee #')).toEqual(['employee', 'nr']);
  });

  it('splits Dutch compounds into the words it knows', () => {
    expect([...readHeader('Personeelsnummerleidinggevende').concepts].sort()).toEqual([
      'employee',
      'manager',
      'number',
    ]);
    expect([...readHeader('Bovenliggendeafdelingscode').concepts].sort()).toEqual([
      'number',
      'parent',
      'unit',
    ]);
    expect(readHeader('Functieschaal').hasUnknownWord).toBe(true);
  });
});

describe('suggesting a field for a header', () => {
  const table = Object.entries(headers).flatMap(([field, list]) => list.map((header) => [header, field]));
  it.each(table)('%s → %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it.each([
    'Naam leidinggevende',
    'Manager name',
    'Geboortedatum',
    'Date of birth',
    'E-mail privé',
    'Personal email',
    'BSN',
    'Telefoonnummer',
    'Functiecode',
    'Job code',
    'Username',
    'Medewerker',
    'Worker',
    'Middle name',
    'Locatie',
    'Geslacht',
    'Kolom 3',
  ])('leaves %s unmapped', (header) => {
    expect(fieldOf(header)).toBeNull();
  });
});

describe('suggesting a mapping for a whole export', () => {
  it('reads a Visma Raet / Youforce export, the manager by personnel number', () => {
    expect(
      suggestMapping([
        'Persnr',
        'Roepnaam',
        'Voorvoegsels',
        'Achternaam',
        'E-mailadres',
        'Functie',
        'Kostenplaats',
        'Kostenplaats omschrijving',
        'Leidinggevende (pers.nr)',
        'Datum in dienst',
      ]),
    ).toEqual({
      employeeNumber: 'Persnr',
      givenName: 'Roepnaam',
      familyNamePrefix: 'Voorvoegsels',
      familyName: 'Achternaam',
      email: 'E-mailadres',
      jobTitle: 'Functie',
      unitCode: 'Kostenplaats',
      unitName: 'Kostenplaats omschrijving',
      managerEmployeeNumber: 'Leidinggevende (pers.nr)',
      startDate: 'Datum in dienst',
    });
  });

  it('reads an AFAS export: work e-mail over private, the manager number over their name', () => {
    expect(
      suggestMapping([
        'Medewerker',
        'Roepnaam',
        'Voornamen',
        'Voorvoegsel',
        'Achternaam',
        'E-mail privé',
        'E-mail werk',
        'Functie',
        'Afdeling',
        'Naam leidinggevende',
        'Leidinggevende',
        'Datum in dienst',
        'Datum uit dienst',
      ]),
    ).toEqual({
      givenName: 'Roepnaam',
      familyNamePrefix: 'Voorvoegsel',
      familyName: 'Achternaam',
      email: 'E-mail werk',
      jobTitle: 'Functie',
      unitName: 'Afdeling',
      managerEmployeeNumber: 'Leidinggevende',
      startDate: 'Datum in dienst',
      endDate: 'Datum uit dienst',
    });
  });

  it('reads a Workday worker report, the preferred first name over the legal one', () => {
    expect(
      suggestMapping([
        'Employee ID',
        'Legal First Name',
        'Preferred First Name',
        'Legal Last Name',
        'Primary Work Email',
        'Business Title',
        'Supervisory Organization',
        'Cost Center',
        'Manager Name',
        'Manager Employee ID',
        'Original Hire Date',
        'Termination Date',
      ]),
    ).toEqual({
      employeeNumber: 'Employee ID',
      givenName: 'Preferred First Name',
      familyName: 'Legal Last Name',
      email: 'Primary Work Email',
      jobTitle: 'Business Title',
      unitName: 'Supervisory Organization',
      unitCode: 'Cost Center',
      managerEmployeeNumber: 'Manager Employee ID',
      startDate: 'Original Hire Date',
      endDate: 'Termination Date',
    });
  });

  it('reads a SuccessFactors export, manager by user id', () => {
    expect(
      suggestMapping([
        'User ID',
        'First Name',
        'Last Name',
        'Email',
        'Department',
        'Manager User ID',
        'Hire Date',
      ]),
    ).toEqual({
      employeeNumber: 'User ID',
      givenName: 'First Name',
      familyName: 'Last Name',
      email: 'Email',
      unitName: 'Department',
      managerEmployeeNumber: 'Manager User ID',
      startDate: 'Hire Date',
    });
  });
});

describe('columns left unmapped', () => {
  const sheet = {
    kind: 'csv' as const,
    encoding: 'utf-8',
    separator: ';' as const,
    headers: ['Pers.nr.', 'E-mail', 'Naam', 'Chef', 'Geboortedatum', 'Vestiging', 'Baas', 'Afdeling omschr'],
    rows: [
      { line: 2, cells: ['1', 'a@x.test', 'An', '3', '01-01-1990', 'Noord', '3', 'Zorg'] },
      { line: 3, cells: ['2', 'b@x.test', 'Bo', '3', '02-02-1991', 'Zuid', '3', 'Zorg'] },
      { line: 4, cells: ['3', 'c@x.test', 'Cor', '', '03-03-1992', 'Zuid', '', 'Zorg'] },
    ],
  };

  it('says what each looks like, by its header or else by its values', () => {
    const mapping = {
      employeeNumber: 'Pers.nr.',
      email: 'E-mail',
      fullName: 'Naam',
      managerEmployeeNumber: 'Chef',
    };
    expect(unmappedColumns(sheet, mapping)).toEqual([
      { column: 'Geboortedatum', looksLike: 'date' },
      { column: 'Vestiging', looksLike: null },
      // Its values are other lines' employee numbers.
      { column: 'Baas', looksLike: 'manager' },
      { column: 'Afdeling omschr', looksLike: 'unit' },
    ]);
    expect(columnHints(sheet, mapping).map((hint) => hint.column)).toEqual(sheet.headers);
  });

  it('knows a manager, unit or date reference by its header', () => {
    expect(referenceKindOf(readHeader('Naam leidinggevende'))).toBe('manager');
    expect(referenceKindOf(readHeader('Kostenplaats naam'))).toBe('unit');
    expect(referenceKindOf(readHeader('Datum laatste beoordeling'))).toBe('date');
    expect(referenceKindOf(readHeader('Telefoonnummer'))).toBeNull();
  });
});
