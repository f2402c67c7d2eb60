import type { Locale } from '../../db/schema.ts';

// The shipped WorkOut library: short group assignments a team does together on the work floor, each
// after a learning theme, in Dutch and English. Written for Groeipad (care and service teams) and
// licensed with it. Keys are stable: a planned WorkOut remembers which one it came from.

type Words = { title: string; theme: string; assignment: string; reflectionQuestion: string };
export type LibraryWorkout = { key: string; durationMinutes: number; nl: Words; en: Words };

export const workoutLibrary: readonly LibraryWorkout[] = [
  {
    key: 'feedback-week',
    durationMinutes: 45,
    nl: {
      title: 'Een week feedback vragen',
      theme: 'Feedback geven',
      assignment:
        'Na de module "Feedback geven": ieder van ons vraagt deze week één collega om feedback op iets concreets uit een dienst ("Hoe vond je dat ik de overdracht deed?"). Schrijf op wat je hoorde. Aan het eind van de week delen we in tien minuten wat ons opviel.',
      reflectionQuestion: 'Welke feedback kreeg je, en wat ga je daarmee doen?',
    },
    en: {
      title: 'A week of asking for feedback',
      theme: 'Giving feedback',
      assignment:
        'After the "Giving feedback" module: each of us asks one colleague this week for feedback on something concrete from a shift ("How did I do the handover?"). Write down what you heard. At the end of the week we share what struck us in ten minutes.',
      reflectionQuestion: 'What feedback did you get, and what will you do with it?',
    },
  },
  {
    key: 'handover-check',
    durationMinutes: 30,
    nl: {
      title: 'De overdracht onder de loep',
      theme: 'Samenwerken',
      assignment:
        'Kies samen één overdracht deze week. Twee collega’s letten op wat er goed ging en wat er ontbrak (SBAR als leidraad). Bespreek het kort in het teamoverleg en spreek één verbetering af.',
      reflectionQuestion: 'Wat mist er volgens jou het vaakst in onze overdracht?',
    },
    en: {
      title: 'A closer look at the handover',
      theme: 'Working together',
      assignment:
        'Pick one handover together this week. Two colleagues note what went well and what was missing (using SBAR). Discuss it briefly in the team meeting and agree on one improvement.',
      reflectionQuestion: 'What do you think is most often missing from our handovers?',
    },
  },
  {
    key: 'near-miss',
    durationMinutes: 40,
    nl: {
      title: 'Leren van een bijna-incident',
      theme: 'Veilig werken',
      assignment:
        'Iedereen neemt een (bijna-)incident mee uit de afgelopen maand, zonder namen. Bespreek er samen twee: wat gebeurde er, wat hielp, wat maakte het lastig? Zonder schuldvraag.',
      reflectionQuestion: 'Wat neem jij mee uit het gesprek voor je volgende dienst?',
    },
    en: {
      title: 'Learning from a near miss',
      theme: 'Working safely',
      assignment:
        'Everyone brings one (near-)incident from the past month, without names. Discuss two together: what happened, what helped, what made it hard? No blame.',
      reflectionQuestion: 'What do you take from the conversation into your next shift?',
    },
  },
  {
    key: 'client-wish',
    durationMinutes: 30,
    nl: {
      title: 'Wat wil de cliënt echt?',
      theme: 'Cliëntgericht werken',
      assignment:
        'Na de module "Cliëntgericht werken": ieder van ons vraagt deze week één cliënt of naaste wat hij of zij belangrijk vindt aan een gewone dag. Deel wat je hoorde en wat je verraste.',
      reflectionQuestion: 'Wat vertelde de cliënt, en wat doe jij voortaan anders?',
    },
    en: {
      title: 'What does the client really want?',
      theme: 'Person-centred care',
      assignment:
        'After the "Person-centred care" module: each of us asks one client or relative this week what matters to them on an ordinary day. Share what you heard and what surprised you.',
      reflectionQuestion: 'What did the client tell you, and what will you do differently?',
    },
  },
  {
    key: 'workload-energy',
    durationMinutes: 30,
    nl: {
      title: 'Energiegevers en energievreters',
      theme: 'Omgaan met werkdruk',
      assignment:
        'Ieder schrijft drie dingen op die energie geven en drie die energie kosten in ons werk. Leg ze naast elkaar op het whiteboard en kies samen één energievreter die we als team aanpakken.',
      reflectionQuestion: 'Wat geeft jou de meeste energie in je werk, en wat kost het meest?',
    },
    en: {
      title: 'Energy givers and energy drainers',
      theme: 'Dealing with workload',
      assignment:
        'Everyone writes down three things that give energy and three that drain it in our work. Put them side by side on the whiteboard and pick one drainer we tackle as a team.',
      reflectionQuestion: 'What gives you the most energy at work, and what costs the most?',
    },
  },
  {
    key: 'dementia-behaviour',
    durationMinutes: 45,
    nl: {
      title: 'Gedrag begrijpen: één casus',
      theme: 'Dementie en onbegrepen gedrag',
      assignment:
        'Na de cursus "Zorg voor mensen met dementie": kies samen één cliënt wiens gedrag we lastig vinden. Ieder observeert deze week één moment en noteert wat eraan voorafging. Bespreek samen welke behoefte erachter kan zitten.',
      reflectionQuestion: 'Wat zag je, en welke behoefte denk je dat erachter zat?',
    },
    en: {
      title: 'Understanding behaviour: one case',
      theme: 'Dementia and challenging behaviour',
      assignment:
        'After the "Caring for people with dementia" course: choose one client whose behaviour we find difficult. Each of us observes one moment this week and notes what came before it. Discuss together which need might lie behind it.',
      reflectionQuestion: 'What did you see, and which need do you think was behind it?',
    },
  },
  {
    key: 'buddy-newcomer',
    durationMinutes: 30,
    nl: {
      title: 'Kijk mee met een nieuwe collega',
      theme: 'Inwerken',
      assignment:
        'Onze nieuwe collega vertelt wat hem of haar opviel in de eerste weken: wat was onduidelijk, wat deden we vanzelf zonder het uit te leggen? Ieder kiest één ding om beter uit te leggen.',
      reflectionQuestion: 'Wat doen wij "vanzelf" dat een nieuwe collega niet weet?',
    },
    en: {
      title: 'Seeing the work through a newcomer’s eyes',
      theme: 'Onboarding',
      assignment:
        'Our new colleague tells us what struck them in their first weeks: what was unclear, what did we do without explaining it? Everyone picks one thing to explain better.',
      reflectionQuestion: 'What do we do "automatically" that a new colleague does not know?',
    },
  },
  {
    key: 'digital-tip',
    durationMinutes: 20,
    nl: {
      title: 'Eén digitale tip per persoon',
      theme: 'Digitale vaardigheden',
      assignment:
        'Ieder zoekt deze week één handigheidje in het ECD of op de tablet dat tijd bespaart, en laat het in twee minuten aan de anderen zien bij de koffie.',
      reflectionQuestion: 'Welke tip van een collega ga jij gebruiken?',
    },
    en: {
      title: 'One digital tip each',
      theme: 'Digital skills',
      assignment:
        'This week everyone finds one trick in the electronic care record or on the tablet that saves time, and shows it to the others in two minutes over coffee.',
      reflectionQuestion: 'Which colleague’s tip will you use?',
    },
  },
];

export const libraryWorkout = (key: string) => workoutLibrary.find((item) => item.key === key);

export const inLanguage = (item: LibraryWorkout, locale: Locale) => item[locale] ?? item.nl;
