import type { PersonalDataKind } from '../../core/personal-data.ts';
import type { Locale } from '../../db/schema.ts';

/**
 * Months after a person's end date before each kind of their data is erased, unless HR sets
 * otherwise. Budgets: seven years, the Dutch fiscal retention period for the books (AWR art. 52).
 */
export const defaultRetentionMonths: Record<PersonalDataKind, number> = {
  development: 24,
  learning: 24,
  skills: 24,
  social: 12,
  budgets: 84,
  time: 24,
  profile: 24,
};

/** The longest a setting may be: ten years. */
export const maxRetentionMonths = 120;

export const retentionOf = (saved: Record<string, number> | undefined): Record<PersonalDataKind, number> => ({
  ...defaultRetentionMonths,
  ...Object.fromEntries(Object.entries(saved ?? {}).filter(([kind]) => kind in defaultRetentionMonths)),
});

/**
 * The name and address go last: never while other data (budgets aside, which keep no words after
 * their own period) still points at a recognisable person.
 */
export function effectiveMonths(months: Record<PersonalDataKind, number>, kind: PersonalDataKind): number {
  if (kind !== 'profile') return months[kind];
  const others = (Object.keys(months) as PersonalDataKind[]).filter(
    (k) => k !== 'profile' && k !== 'budgets',
  );
  return Math.max(months.profile, ...others.map((k) => months[k]));
}

/** The day a kind of data is due for erasure: end date plus its months (on the organisation's calendar). */
export function dueOn(endDate: string, months: number): string {
  const [year, month, day] = endDate.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(year, month - 1 + months, day));
  return due.toISOString().slice(0, 10);
}

/** What is kept after erasure, and why: shown to HR before they erase, and in docs/PRIVACY.md. */
export const keptForLegalReasons: { what: Record<Locale, string>; why: Record<Locale, string> }[] = [
  {
    what: {
      nl: 'Budgetten en budgetaanvragen: bedragen, uren, data en status (zonder motivatie of redenen)',
      en: 'Budgets and budget requests: amounts, hours, dates and state (without motivation or reasons)',
    },
    why: {
      nl: 'Fiscale bewaarplicht van 7 jaar voor de administratie (art. 52 AWR); de boekhouding moet sluiten.',
      en: 'The 7-year fiscal retention duty for the books (Dutch AWR art. 52); the accounts must add up.',
    },
  },
  {
    what: {
      nl: 'Inschrijvingen en voortgang, gekoppeld aan een geanonimiseerde persoon',
      en: 'Enrolments and progress, linked to an anonymised person',
    },
    why: {
      nl: 'Cijfers over de organisatie (deelname, afronding) blijven kloppen; niemand is erin te herkennen.',
      en: "The organisation's figures (participation, completion) stay right; no one can be recognised in them.",
    },
  },
  {
    what: {
      nl: 'Het auditspoor van het wissen zelf: wie, wanneer, welke soort gegevens, hoeveel rijen',
      en: 'The audit trail of the erasure itself: who, when, which kind of data, how many rows',
    },
    why: {
      nl: 'Aantonen dat het verzoek is uitgevoerd (verantwoordingsplicht, art. 5 lid 2 AVG); zonder de gewiste gegevens.',
      en: 'Showing the request was carried out (accountability, GDPR art. 5(2)); without the erased data.',
    },
  },
  {
    what: {
      nl: 'Berichten in de kennisruimte en ontvangen/gegeven kudos, zonder naam (tekst van kudos gewist)',
      en: 'Posts in the knowledge space and kudos given/received, without a name (kudos text erased)',
    },
    why: {
      nl: 'Collega’s blijven van de kennis leren; de schrijver is niet meer te herleiden.',
      en: 'Colleagues keep learning from the knowledge; the author can no longer be traced.',
    },
  },
];
