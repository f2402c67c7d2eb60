import { addDays } from '../core/calendar.ts';

// The growth week's programme: 3 tracks, 15 sessions (talks, panels, workshops by colleagues and guest
// speakers), with Amsterdam wall-clock times.

export const ZONE = 'Europe/Amsterdam';

/** A wall-clock time on a date in Amsterdam as an ISO instant with its offset. */
export function wallClock(date: string, time: string) {
  const guess = new Date(`${date}T${time}:00Z`);
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
      .formatToParts(guess)
      .find((part) => part.type === 'timeZoneName')
      ?.value.replace('GMT', '') || '+00:00';
  return `${date}T${time}:00${offset}`;
}

/** The first Monday of next month (in the organisation's calendar). */
export function firstMondayOfNextMonth(today: string) {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const weekday = new Date(`${first}T12:00:00Z`).getUTCDay(); // 0 Sunday
  return addDays(first, (8 - weekday) % 7);
}

type Track = 'craft' | 'together' | 'career';
type Speaker = { name: string; kind: 'internal' | 'external'; affiliation?: string };
export type Planned = {
  day: number;
  from: string;
  to: string;
  track: Track;
  format: 'talk' | 'panel' | 'workshop';
  title: string;
  summary: string;
  location: string;
  seats: number;
  speakers: Speaker[];
};

export const growthWeek: Planned[] = [
  {
    day: 0,
    from: '09:00',
    to: '10:00',
    track: 'craft',
    format: 'talk',
    title: 'Keynote: leren in de zorg van morgen',
    summary: 'Waarom leren op de werkvloer het verschil maakt voor cliënten én voor jou.',
    location: 'De Linde, grote zaal',
    seats: 120,
    speakers: [{ name: 'Prof. dr. Anouk Jansen', kind: 'external', affiliation: 'Vilans' }],
  },
  {
    day: 0,
    from: '10:30',
    to: '12:00',
    track: 'craft',
    format: 'workshop',
    title: 'Wondzorg: de nieuwe richtlijn in de praktijk',
    summary: 'Casussen uit onze eigen teams, met de wondconsulent.',
    location: 'De Linde, zaal 2',
    seats: 16,
    speakers: [{ name: 'Esra Yılmaz', kind: 'internal', affiliation: 'wondconsulent' }],
  },
  {
    day: 0,
    from: '13:30',
    to: '15:00',
    track: 'together',
    format: 'panel',
    title: 'Panel: werkdruk, wat helpt echt?',
    summary: 'Teamleiders, een verzorgende en een bedrijfsarts over wat werkt.',
    location: 'De Linde, grote zaal',
    seats: 60,
    speakers: [
      { name: 'Karin de Boer', kind: 'internal', affiliation: 'teamleider' },
      { name: 'Dr. Mark Visser', kind: 'external', affiliation: 'Arbodienst Midden' },
    ],
  },
  {
    day: 1,
    from: '09:30',
    to: '11:00',
    track: 'together',
    format: 'workshop',
    title: 'Feedback geven en vragen',
    summary: 'Oefenen in duo’s met echte situaties uit de dienst.',
    location: 'De Linde, zaal 2',
    seats: 16,
    speakers: [{ name: 'Petra de Vries', kind: 'external', affiliation: 'Trainingsbureau Samen' }],
  },
  {
    day: 1,
    from: '10:00',
    to: '11:00',
    track: 'career',
    format: 'talk',
    title: 'Van helpende tot verpleegkundige: drie loopbanen',
    summary: 'Drie collega’s vertellen hoe ze doorgroeiden en wat hen hielp.',
    location: 'Locatie Zuid, restaurant',
    seats: 40,
    speakers: [{ name: 'Fatima El Amrani', kind: 'internal', affiliation: 'verpleegkundige' }],
  },
  {
    day: 1,
    from: '14:00',
    to: '16:00',
    track: 'craft',
    format: 'workshop',
    title: 'Omgaan met onbegrepen gedrag',
    summary: 'Gedrag begrijpen bij dementie: observeren, duiden, afstemmen.',
    location: 'De Linde, zaal 3',
    seats: 16,
    speakers: [{ name: 'Drs. Lotte Smit', kind: 'external', affiliation: 'psycholoog, Zorgpunt' }],
  },
  {
    day: 2,
    from: '09:00',
    to: '10:00',
    track: 'craft',
    format: 'talk',
    title: 'Digitale zorg: wat kan de tablet voor je doen?',
    summary: 'Beeldbellen, sensoren en het ECD: wat werkt al bij ons.',
    location: 'Online',
    seats: 50,
    speakers: [{ name: 'Jeroen Bakker', kind: 'internal', affiliation: 'adviseur zorgtechnologie' }],
  },
  {
    day: 2,
    from: '11:00',
    to: '12:30',
    track: 'craft',
    format: 'workshop',
    title: 'Tillen zonder klachten',
    summary: 'Tillift en glijzeil, oefenen op de afdeling.',
    location: 'Locatie Zuid, oefenruimte',
    seats: 12,
    speakers: [{ name: 'Bas Jansen', kind: 'internal', affiliation: 'ergocoach' }],
  },
  {
    day: 2,
    from: '13:00',
    to: '14:00',
    track: 'together',
    format: 'panel',
    title: 'Panel: samenwerken met naasten',
    summary: 'Naasten en zorgverleners over elkaars rol.',
    location: 'De Linde, grote zaal',
    seats: 60,
    speakers: [
      { name: 'Ineke Mulder', kind: 'external', affiliation: 'cliëntenraad' },
      { name: 'Sanne de Wit', kind: 'internal', affiliation: 'verzorgende IG' },
    ],
  },
  {
    day: 3,
    from: '09:30',
    to: '11:00',
    track: 'career',
    format: 'workshop',
    title: 'Je loopbaangesprek voorbereiden',
    summary: 'Wat wil je, wat kun je, en hoe vraag je erom?',
    location: 'De Linde, zaal 3',
    seats: 20,
    speakers: [{ name: 'Monique Hendriks', kind: 'external', affiliation: 'loopbaancoach' }],
  },
  {
    day: 3,
    from: '10:00',
    to: '11:30',
    track: 'craft',
    format: 'workshop',
    title: 'Medicatieveiligheid: de vijf juiste',
    summary: 'Fouten voorkomen bij het aftekenen en delen van medicatie.',
    location: 'De Linde, zaal 2',
    seats: 16,
    speakers: [{ name: 'Apotheker R. Kok', kind: 'external', affiliation: 'Apotheek De Linde' }],
  },
  {
    day: 3,
    from: '14:00',
    to: '15:00',
    track: 'career',
    format: 'talk',
    title: 'Veerkracht en energie in je werk',
    summary: 'Wat je zelf kunt doen, en wat je van je team mag vragen.',
    location: 'Online',
    seats: 80,
    speakers: [{ name: 'Dr. Yara Postma', kind: 'external', affiliation: 'Universiteit Utrecht' }],
  },
  {
    day: 4,
    from: '09:00',
    to: '10:30',
    track: 'together',
    format: 'workshop',
    title: 'Intervisie: leren van incidenten',
    summary: 'Een veilige methode om samen van (bijna-)incidenten te leren.',
    location: 'Locatie Zuid, leslokaal',
    seats: 12,
    speakers: [{ name: 'Karin de Boer', kind: 'internal', affiliation: 'teamleider' }],
  },
  {
    day: 4,
    from: '11:00',
    to: '12:00',
    track: 'career',
    format: 'panel',
    title: 'Panel: jonge zorgprofessionals aan het woord',
    summary: 'Wat trekt hen aan, wat houdt hen vast?',
    location: 'De Linde, grote zaal',
    seats: 60,
    speakers: [
      { name: 'Noah Peters', kind: 'internal', affiliation: 'leerling-verpleegkundige' },
      { name: 'Lisa Vos', kind: 'internal', affiliation: 'helpende' },
    ],
  },
  {
    day: 4,
    from: '15:00',
    to: '16:00',
    track: 'together',
    format: 'talk',
    title: 'Afsluiting: wat nemen we mee?',
    summary: 'De bestuurder en de week in beeld, met een hapje en een drankje.',
    location: 'De Linde, grote zaal',
    seats: 150,
    speakers: [{ name: 'Raad van bestuur', kind: 'internal' }],
  },
];
