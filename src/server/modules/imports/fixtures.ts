// Realistic HR export files for tests, journeys and benchmarks: what a Dutch care organisation's HR
// system gives you after a round-trip through Excel in a Dutch locale. Deterministic for a seed.

export type DutchPeopleCsvOptions = {
  /** Number of people (data lines). */
  rows: number;
  /** File line (header = line 1) that gets an impossible date in "Datum in dienst". */
  brokenLine?: number;
  /** Same seed, same file. */
  seed?: number;
  /** E-mail domain. */
  domain?: string;
};

export const dutchPeopleHeaders = [
  'Personeelsnummer',
  'Voornaam',
  'Tussenvoegsel',
  'Achternaam',
  'E-mailadres',
  'Functie',
  'Afdelingscode',
  'Afdeling',
  'Bovenliggende afdelingscode',
  'Leidinggevende',
  'Datum in dienst',
  'Datum uit dienst',
  'Taal',
] as const;

const givenNames = [
  'Jan',
  'Anna',
  'Zoë',
  'Sanne',
  'Daan',
  'Fleur',
  'Noël',
  'Chloë',
  'Emre',
  'Fatima',
  'Mohamed',
  'Lotte',
  'Bram',
  'Inge',
  'Joost',
  'Marieke',
  'Ümit',
  'Anaïs',
  'Sven',
  'Ilse',
  'Thijs',
  'Eva',
  'Yasmina',
  'Kees',
  'Renée',
  'Sem',
  'Julia',
  'Björn',
  'Maaike',
  'Ruben',
  'Esra',
  'Gijs',
  'Hélène',
  'Pieter',
  'Anouk',
  'Wouter',
  'Aïsha',
  'Luuk',
  'Ingrid',
  'Niels',
  'Céline',
  'Jeroen',
  'Marloes',
  'Tim',
  'Saskia',
  'Hans',
  'Iris',
  'Özlem',
];
const familyNames: [string | null, string][] = [
  ['van der', 'Berg'],
  [null, 'Jansen'],
  ['de', 'Vries'],
  [null, 'Çelik'],
  [null, 'Ångström'],
  ['van', 'Dijk'],
  [null, 'Bakker'],
  ['van den', 'Heuvel'],
  [null, 'Öztürk'],
  ['de', 'Jong'],
  [null, 'Visser'],
  ['van de', 'Wal'],
  [null, 'Smit'],
  ['ter', 'Horst'],
  [null, 'Meijer'],
  ['van', 'Leeuwen'],
  [null, 'Müller'],
  ['de', 'Boer'],
  [null, 'Mulder'],
  ["van 't", 'Hof'],
  [null, 'Brouwer'],
  ['van der', 'Meer'],
  [null, 'El Amrani'],
  ['de', 'Wit'],
  [null, 'Dekker'],
  ['ten', 'Cate'],
  [null, 'Yılmaz'],
  ['in het', 'Veld'],
  [null, 'Hendriks'],
  ['van', 'Beek'],
  [null, 'Peeters'],
  ['op de', 'Laak'],
  [null, 'Schouten'],
  ['van', 'Wijk'],
  [null, 'Kuijpers'],
  [null, 'Ruiz-Gómez'],
];
const divisionNames = [
  'Zorg en Welzijn',
  'Wonen',
  'Bedrijfsvoering',
  'Thuiszorg',
  'Behandeling',
  'Facilitair',
];
const departmentNames = [
  'Ouderenzorg',
  'Revalidatie',
  'Dagbesteding',
  'Wijkteams',
  'Financiën',
  'HR',
  'ICT',
  'Kwaliteit',
];
const teamNames = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Centrum',
  'De Linde',
  'Het Anker',
  'Zonnehof',
  "'t Veld",
  'Nacht',
];
const jobTitles = [
  'Verpleegkundige',
  'Verzorgende IG',
  'Helpende Plus',
  'Wijkverpleegkundige',
  'Activiteitenbegeleider',
  'Fysiotherapeut',
  'Planner',
  'Medewerker facilitair',
  'Specialist ouderengeneeskunde',
  'Coördinator; planning',
  'Leerling-verpleegkundige',
];

/** A small deterministic random generator (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ascii = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const pad = (value: number) => String(value).padStart(2, '0');

type Unit = { code: string; name: string; parentCode: string | null };
type Person = {
  number: string;
  given: string;
  prefix: string | null;
  family: string;
  email: string;
  title: string;
  unit: Unit | null;
  managerNumber: string | null;
  start: string;
  end: string;
  locale: string;
};

const csvCell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * A Dutch-Excel CSV (UTF-8 BOM, ";", CRLF, dd-mm-jjjj and d-m-jjjj dates) of `rows` people in a
 * three-level unit tree (division → department → team) given by Afdelingscode and Bovenliggende
 * afdelingscode, each unit with a head who manages it; lines are shuffled, so managers and parent units
 * often appear after the lines that refer to them. Returned as a string that starts with the BOM.
 */
export function dutchPeopleCsv(options: DutchPeopleCsvOptions): string {
  const { rows } = options;
  const next = random(options.seed ?? 20_260_101);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const domain = options.domain ?? 'zorggroep-delinde.test';

  // The unit tree, sized to the file: about twelve people per team.
  const units: Unit[] = [];
  const teamCount = rows >= 3 ? Math.max(1, Math.round(rows / 12)) : 0;
  const departmentCount = teamCount ? Math.max(1, Math.ceil(teamCount / 4)) : 0;
  const divisionCount = departmentCount ? Math.max(1, Math.ceil(departmentCount / 3)) : 0;
  const divisions: Unit[] = Array.from({ length: divisionCount }, (_, i) => ({
    code: `DIV${pad(i + 1)}`,
    name: `${divisionNames[i % divisionNames.length]}${i >= divisionNames.length ? ` ${Math.floor(i / divisionNames.length) + 1}` : ''}`,
    parentCode: null,
  }));
  const departments: Unit[] = Array.from({ length: departmentCount }, (_, i) => ({
    code: `AFD${String(i + 1).padStart(3, '0')}`,
    name: `${departmentNames[i % departmentNames.length]} ${i + 1}`,
    parentCode: divisions[i % divisionCount]!.code,
  }));
  const teams = Array.from({ length: teamCount }, (_, i) => ({
    code: `T${String(i + 1).padStart(4, '0')}`,
    name: `Team ${teamNames[i % teamNames.length]} ${i + 1}`,
    parentCode: departments[i % departmentCount]!.code,
  }));
  units.push(...divisions, ...departments, ...teams);

  const emails = new Set<string>();
  const people: Person[] = [];
  const headOf = new Map<string, string>();
  const makePerson = (
    index: number,
    unit: Unit | null,
    title: string,
    managerNumber: string | null,
  ): Person => {
    const given = pick(givenNames);
    const [prefix, family] = pick(familyNames);
    let email = `${ascii(given)}.${ascii(`${prefix ?? ''}${family}`)}@${domain}`;
    for (let n = 2; emails.has(email); n++)
      email = `${ascii(given)}.${ascii(`${prefix ?? ''}${family}`)}${n}@${domain}`;
    emails.add(email);
    const year = 1990 + Math.floor(next() * 35);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    // Excel writes 1-3-2015 as often as 01-03-2015.
    const start = next() < 0.3 ? `${day}-${month}-${year}` : `${pad(day)}-${pad(month)}-${year}`;
    const end = next() < 0.03 ? `${pad(day)}-${pad(month)}-${new Date().getFullYear() + 1}` : '';
    return {
      number: String(100_001 + index),
      given,
      prefix,
      family,
      email,
      title,
      unit,
      managerNumber,
      start,
      end,
      locale: next() < 0.1 ? 'en' : next() < 0.2 ? '' : 'nl',
    };
  };
  // Heads first (so each has a number), then everyone else in the teams.
  for (const unit of units) {
    const level = divisions.includes(unit)
      ? 'Directeur'
      : departments.includes(unit)
        ? 'Manager'
        : 'Teamleider';
    const person = makePerson(
      people.length,
      unit,
      level,
      unit.parentCode ? headOf.get(unit.parentCode)! : null,
    );
    headOf.set(unit.code, person.number);
    people.push(person);
  }
  while (people.length < rows) {
    const team = teams.length ? teams[people.length % teams.length]! : null;
    people.push(makePerson(people.length, team, pick(jobTitles), team ? headOf.get(team.code)! : null));
  }
  people.length = rows;

  // Shuffle (Fisher-Yates): references to managers and parent units further down are the point.
  for (let i = people.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [people[i], people[j]] = [people[j]!, people[i]!];
  }

  const lines = [dutchPeopleHeaders.join(';')];
  people.forEach((person, index) => {
    const line = index + 2;
    const start = line === options.brokenLine ? '31-02-2023' : person.start;
    lines.push(
      [
        person.number,
        person.given,
        person.prefix ?? '',
        person.family,
        person.email,
        person.title,
        person.unit?.code ?? '',
        person.unit?.name ?? '',
        person.unit?.parentCode ?? '',
        person.managerNumber ?? '',
        start,
        person.end,
        person.locale,
      ]
        .map(csvCell)
        .join(';'),
    );
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
