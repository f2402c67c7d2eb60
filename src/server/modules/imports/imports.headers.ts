// Reading a column header the way HR exports write it (AFAS, Visma Raet/Youforce, Nmbrs, Loket, HR2day,
// SAP SuccessFactors, Workday, Excel by hand): "Leidinggevende (pers.nr)", "Pers.nr. LG", "Manager
// Employee ID", "Datum in dienst", "HireDate". A header is folded (case, accents, punctuation, camelCase),
// split into words, Dutch compounds are split into known parts ("personeelsnummerleidinggevende" →
// personeels + nummer + leidinggevende), and each part stands for a concept. A field matches a header
// whose concepts are exactly what the field needs (plus what it allows); an unknown word never matches.

export type Concept =
  | 'employee'
  | 'number'
  | 'manager'
  | 'email'
  | 'private'
  | 'given'
  | 'family'
  | 'prefix'
  | 'name'
  | 'job'
  | 'unit'
  | 'costCenter'
  | 'parent'
  | 'start'
  | 'end'
  | 'date'
  | 'birth'
  | 'language'
  | 'account';

type Word = { concepts: Concept[]; weight?: number; isStandaloneOnly?: boolean };

const words = (list: string, word: Word): [string, Word][] => list.split(' ').map((w) => [w, word]);
/** Words that add nothing (stop words, "work", "current", "external"); each costs a little. */
const noise: Word = { concepts: [], weight: -1 };

const lexicon = new Map<string, Word>([
  ...words(
    'personeel personeels pers prs medewerker medewerkers mdw werknemer werknemers employee employees',
    {
      concepts: ['employee'],
    },
  ),
  ...words('empl emp staff personnel worker workers person persoon persoons registratie', {
    concepts: ['employee'],
  }),
  ...words('p wn mw', { concepts: ['employee'], isStandaloneOnly: true }),
  ...words('pnr pernr wnr', { concepts: ['employee', 'number'] }),
  ...words('nummer nr no num number nbr id code ref referentie reference', { concepts: ['number'] }),
  ...words('leidinggevende leidinggevenden leidinggevend manager managers mgr supervisor chef hoofd', {
    concepts: ['manager'],
  }),
  ...words('teamleider teamleidster teamlead teamleader leider leidster reportsto lijnmanager linemanager', {
    concepts: ['manager'],
  }),
  ...words('lg', { concepts: ['manager'], isStandaloneOnly: true }),
  ...words('email mail emailadres mailadres', { concepts: ['email'] }),
  ...words('prive priv personal home thuis', { concepts: ['private'] }),
  ...words('voornaam voornamen given first forename forenames', { concepts: ['given'] }),
  ...words('roepnaam', { concepts: ['given'], weight: 1 }),
  ...words('achternaam geslachtsnaam familienaam geboortenaam surname last family', { concepts: ['family'] }),
  ...words('tussenvoegsel tussenvoegsels voorvoegsel voorvoegsels voorv tussenv prefix infix', {
    concepts: ['prefix'],
  }),
  ...words('naam name namen names benaming omschrijving description desc', { concepts: ['name'] }),
  ...words('functie functies functietitel job title position positie rol role beroep', { concepts: ['job'] }),
  ...words('afdeling afdelingen afdelings unit units department dept departement team teams', {
    concepts: ['unit'],
  }),
  ...words('organisatie organisatorische organisation organization org eenheid division divisie', {
    concepts: ['unit'],
  }),
  ...words('kostenplaats kostenplaatsen costcenter costcentre kpl', { concepts: ['costCenter'] }),
  ...words('bovenliggende bovenliggend boven parent upper moeder', { concepts: ['parent'] }),
  ...words('hoofdafdeling', { concepts: ['parent', 'unit'] }),
  ...words('indienst start begin aanvang hire hired entry joined joining', { concepts: ['start'] }),
  ...words('uitdienst einde eind end termination terminated exit vertrek leaving ontslag', {
    concepts: ['end'],
  }),
  ...words('leavedate', { concepts: ['end', 'date'] }),
  ...words('datum date', { concepts: ['date'] }),
  ...words('dt', { concepts: ['date'], isStandaloneOnly: true }),
  ...words('geboorte birth birthday', { concepts: ['birth'] }),
  ...words('dob', { concepts: ['birth', 'date'] }),
  ...words('taal language locale lang', { concepts: ['language'] }),
  ...words('gebruiker gebruikers user login inlog account', { concepts: ['account'] }),
  ...words('preferred voorkeur voorkeurs', { concepts: [], weight: 1 }),
  ...words('van de der den het of the a an en and per s', noise),
  ...words(
    'zakelijk zakelijke werk work business bedrijf company primary primair primaire office kantoor',
    noise,
  ),
  ...words(
    'external extern externe original oorspronkelijk oorspronkelijke huidig huidige current actueel',
    noise,
  ),
  ...words('legal officieel officiele official direct directe hierarchisch functioneel supervisory', noise),
  ...words('volledig volledige full display weergave complete adres address', noise),
  ...words('treding dienstverband employment contract correspondentie profile profiel', noise),
]);

/** Phrases that are one word in the lexicon, joined before the header is split. */
const phrases: [RegExp, string][] = [
  [/\be mail/g, 'email'],
  [/\bin dienst/g, 'indienst'],
  [/\buit dienst/g, 'uitdienst'],
  [/\bcost cent(er|re)\b/g, 'costcenter'],
  [/\breport(s|ing) to\b/g, 'reportsto'],
  [/\bleav(e|ing) date\b/g, 'leavedate'],
  [/\bline manager\b/g, 'linemanager'],
];

/** Lower-case words of a header: accents, punctuation and camelCase become word breaks. */
export function headerWords(header: string): string[] {
  let text = header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/#/g, ' nr ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, joined] of phrases) text = text.replace(pattern, joined);
  return text ? text.split(' ') : [];
}

/** A compound split into lexicon words, the fewest parts first; null when it is not made of them. */
function split(token: string): Word[] | null {
  const whole = lexicon.get(token);
  if (whole) return [whole];
  const best: (Word[] | null)[] = [[]];
  for (let end = 1; end <= token.length; end++) {
    best[end] = null;
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const word = lexicon.get(token.slice(start, end));
      if (!before || !word || word.isStandaloneOnly) continue;
      if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, word];
    }
  }
  return best[token.length] ?? null;
}

export type HeaderReading = { concepts: Set<Concept>; weight: number; hasUnknownWord: boolean };

/** What a header is about, as concepts; `hasUnknownWord` when a word is not in the vocabulary. */
export function readHeader(header: string): HeaderReading {
  const concepts = new Set<Concept>();
  let weight = 0;
  let hasUnknownWord = false;
  for (const token of headerWords(header)) {
    if (/^\d+$/.test(token)) continue; // "Manager 2", "Adres 1"
    const parts = split(token);
    if (!parts) {
      hasUnknownWord = true;
      continue;
    }
    for (const part of parts) {
      weight += part.weight ?? 0;
      for (const concept of part.concepts) concepts.add(concept);
    }
  }
  return { concepts, weight, hasUnknownWord };
}

/** Which field a header can fill: one of the concept sets it needs, and what it may have besides. */
export type FieldRule = { needs: Concept[][]; allows?: Concept[]; weight?: number };

/**
 * How well a header fits a rule (higher is better), or null when it does not: it must have every
 * concept of one `needs` set, nothing outside that set and `allows`, and no unknown word.
 */
export function scoreFor(reading: HeaderReading, rule: FieldRule): number | null {
  if (reading.hasUnknownWord) return null;
  let best: number | null = null;
  for (const needs of rule.needs) {
    const allowed = new Set([...needs, ...(rule.allows ?? [])]);
    if (!needs.every((concept) => reading.concepts.has(concept))) continue;
    if ([...reading.concepts].some((concept) => !allowed.has(concept))) continue;
    const extra = reading.concepts.size - needs.length;
    const score = 100 + (rule.weight ?? 0) + reading.weight - 2 * extra;
    if (best === null || score > best) best = score;
  }
  return best;
}

/** What kind of reference a header looks like, for warning about an unmapped column. */
export function referenceKindOf(reading: HeaderReading): 'manager' | 'unit' | 'date' | null {
  const has = (...concepts: Concept[]) => concepts.some((concept) => reading.concepts.has(concept));
  if (has('manager')) return 'manager';
  if (has('unit', 'costCenter', 'parent')) return 'unit';
  if (has('date', 'start', 'end', 'birth')) return 'date';
  return null;
}
