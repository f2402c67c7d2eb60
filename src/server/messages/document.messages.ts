import type { Message } from './messages.ts';

// Texts inside generated files: the certificate PDF, the calendar invitation and reminder phrases.

export const certificateMessages = {
  heading: { nl: () => 'CERTIFICAAT', en: () => 'CERTIFICATE' },
  documentTitle: {
    nl: (v: { title: string }) => `Certificaat: ${v.title}`,
    en: (v: { title: string }) => `Certificate: ${v.title}`,
  },
  certifies: { nl: () => 'Hierbij verklaart', en: () => 'This certifies that' },
  that: { nl: () => 'dat', en: () => 'has awarded' },
  completed: { nl: () => 'met succes heeft afgerond:', en: () => 'for successfully completing:' },
  issuedOn: {
    nl: (v: { date: string }) => `Uitgereikt op ${v.date}`,
    en: (v: { date: string }) => `Issued on ${v.date}`,
  },
  verifyAt: { nl: () => 'Controleer dit certificaat op:', en: () => 'Verify this certificate at:' },
} satisfies Record<string, Message<never>>;

/** The organisation dashboard as a PDF report (insight). */
export const insightReportMessages = {
  title: { nl: () => 'Rapport: leren in de organisatie', en: () => 'Report: learning in the organisation' },
  period: {
    nl: (v: { from: string; to: string }) => `Periode ${v.from} t/m ${v.to}`,
    en: (v: { from: string; to: string }) => `Period ${v.from} to ${v.to}`,
  },
  filters: {
    nl: (v: { text: string }) => `Selectie: ${v.text}`,
    en: (v: { text: string }) => `Selection: ${v.text}`,
  },
  everyone: { nl: () => 'iedereen', en: () => 'everyone' },
  unit: { nl: () => 'afdeling', en: () => 'unit' },
  jobTitle: { nl: () => 'functie', en: () => 'job title' },
  made: {
    nl: (v: { when: string }) => `Gemaakt op ${v.when}`,
    en: (v: { when: string }) => `Made on ${v.when}`,
  },
  page: {
    nl: (v: { n: string; of: string }) => `Pagina ${v.n} van ${v.of}`,
    en: (v: { n: string; of: string }) => `Page ${v.n} of ${v.of}`,
  },
  keyFigures: { nl: () => 'Kerncijfers', en: () => 'Key figures' },
  activeLearners: { nl: () => 'Actieve lerenden', en: () => 'Active learners' },
  activeShare: { nl: () => 'Aandeel actief', en: () => 'Share active' },
  learningHours: { nl: () => 'Leeruren', en: () => 'Learning hours' },
  completions: { nl: () => 'Afgerond', en: () => 'Completions' },
  timeCost: { nl: () => 'Kosten leertijd', en: () => 'Cost of learning time' },
  byMonth: { nl: () => 'Per maand', en: () => 'By month' },
  month: { nl: () => 'Maand', en: () => 'Month' },
  byUnit: { nl: () => 'Per afdeling', en: () => 'By unit' },
  unitColumn: { nl: () => 'Afdeling', en: () => 'Unit' },
  people: { nl: () => 'Mensen', en: () => 'People' },
  noUnit: { nl: () => 'Zonder afdeling', en: () => 'No unit' },
  items: { nl: () => 'Waar haken mensen af? (top 15)', en: () => 'Where do people stop? (top 15)' },
  learning: { nl: () => 'Leeraanbod', en: () => 'Learning' },
  started: { nl: () => 'Begonnen', en: () => 'Started' },
  finished: { nl: () => 'Afgemaakt', en: () => 'Finished' },
  rate: { nl: () => 'Percentage', en: () => 'Rate' },
  goals: { nl: () => 'Doeldekking', en: () => 'Goal coverage' },
  goal: { nl: () => 'Doel', en: () => 'Goal' },
  planGoals: { nl: () => 'Mensen met plandoel', en: () => 'People with plan goal' },
  keyResults: { nl: () => 'Kernresultaten met leren', en: () => 'Key results with learning' },
  retention: { nl: () => 'Behoud na 12 maanden', en: () => '12-month retention' },
  learned: { nl: () => 'Wel geleerd', en: () => 'Learned' },
  notLearned: { nl: () => 'Niet geleerd', en: () => 'Did not learn' },
  caveat: {
    nl: () => 'Let op: dit toont samenhang, geen oorzaak.',
    en: () => 'Note: this shows association, not cause.',
  },
  budgets: {
    nl: (v: { year: string }) => `Ontwikkelbudget ${v.year}`,
    en: (v: { year: string }) => `Development budget ${v.year}`,
  },
  available: { nl: () => 'Beschikbaar', en: () => 'Available' },
  committed: { nl: () => 'Toegezegd', en: () => 'Committed' },
  spent: { nl: () => 'Besteed', en: () => 'Spent' },
  total: { nl: () => 'Totaal', en: () => 'Total' },
  cycles: { nl: () => 'Gesprekscycli', en: () => 'Conversation cycles' },
  cycle: { nl: () => 'Cyclus', en: () => 'Cycle' },
  conversations: { nl: () => 'Gesprekken', en: () => 'Conversations' },
  held: { nl: () => 'Gevoerd', en: () => 'Held' },
  signed: { nl: () => 'Getekend', en: () => 'Signed' },
  skills: { nl: () => 'Vaardigheidstekorten (functieprofielen)', en: () => 'Skills gaps (role profiles)' },
  skill: { nl: () => 'Vaardigheid', en: () => 'Skill' },
  gapThen: { nl: () => 'Tekort toen', en: () => 'Gap then' },
  gapNow: { nl: () => 'Tekort nu', en: () => 'Gap now' },
  hidden: {
    nl: (v: { threshold: string }) => `Groepen kleiner dan ${v.threshold} worden niet getoond.`,
    en: (v: { threshold: string }) => `Groups smaller than ${v.threshold} are not shown.`,
  },
  none: { nl: () => 'Geen cijfers in deze periode.', en: () => 'No figures in this period.' },
} satisfies Record<string, Message<never>>;

export const calendarMessages = {
  meetingSummary: {
    nl: (v: { cycle: string; employee: string; manager: string }) =>
      `${v.cycle}: ${v.employee} & ${v.manager}`,
    en: (v: { cycle: string; employee: string; manager: string }) =>
      `${v.cycle}: ${v.employee} & ${v.manager}`,
  },
  meetingDescription: {
    nl: (v: { url: string }) => `Bereid je voor in Groeipad: ${v.url}`,
    en: (v: { url: string }) => `Prepare in Groeipad: ${v.url}`,
  },
  fileName: { nl: () => 'gesprek.ics', en: () => 'conversation.ics' },
  preparationDue: {
    nl: () => 'bereid je gesprek voor en deel je voorbereiding',
    en: () => 'prepare your conversation and share your preparation',
  },
  signOffDue: {
    nl: () => 'rond je gesprek af en onderteken het',
    en: () => 'finish and sign your conversation',
  },
} satisfies Record<string, Message<never>>;
