import { addDays, calendarDateOf } from '../core/calendar.ts';
import { type Ctx, standaloneContext } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import type { Auth, Role } from '../modules/access/index.ts';
import { signUp } from '../modules/events/events.service.ts';
import {
  addMaterial,
  addProgrammeSession,
  createProgramme,
  updateProgramme,
} from '../modules/programmes/programmes.service.ts';
import { completeWorkout, planWorkout, reflect } from '../modules/workouts/workouts.service.ts';

// A growth week next month (3 tracks, 15 sessions: talks, panels, workshops by colleagues and guest
// speakers) with people's schedules, last spring's growth week with its recap, and WorkOuts of the demo
// team: two done with reflections and next steps, one planned. Through the same use cases as the API.

const ZONE = 'Europe/Amsterdam';

/** A wall-clock time on a date in Amsterdam as an ISO instant with its offset. */
function wallClock(date: string, time: string) {
  const guess = new Date(`${date}T${time}:00Z`);
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
      .formatToParts(guess)
      .find((part) => part.type === 'timeZoneName')
      ?.value.replace('GMT', '') || '+00:00';
  return `${date}T${time}:00${offset}`;
}

/** The first Monday of next month (in the organisation's calendar). */
function firstMondayOfNextMonth(today: string) {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const weekday = new Date(`${first}T12:00:00Z`).getUTCDay(); // 0 Sunday
  return addDays(first, (8 - weekday) % 7);
}

type Track = 'craft' | 'together' | 'career';
type Speaker = { name: string; kind: 'internal' | 'external'; affiliation?: string };
type Planned = {
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

const growthWeek: Planned[] = [
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

export async function seedProgrammesAndWorkouts(db: Db, organisationId: string) {
  const tenant = forOrganisation(db, organisationId);
  const actingAs = (auth: Auth): Ctx => standaloneContext({ db, auth });
  const as = (personId: string, roles: Role[] = ['employee']): Auth => ({
    kind: 'person',
    organisationId,
    personId,
    sessionId: 'demo-seed',
    roles: new Set(roles),
    locale: 'nl',
  });
  const byEmail = async (email: string) =>
    (await tenant.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const ld = actingAs(as(await byEmail('leren@delinde.demo'), ['employee', 'ld_admin']));
  const managerId = await byEmail('teamleider@delinde.demo');
  const manager = actingAs(as(managerId, ['employee', 'manager']));
  const employeeId = await byEmail('medewerker@delinde.demo');
  const employee = actingAs(as(employeeId));
  const team = (
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', managerId)
      .where('email', '<>', 'medewerker@delinde.demo')
      .orderBy('family_name')
      .limit(6)
      .execute()
  ).map((row) => row.id);

  // The growth week, the first full week of next month.
  const today = calendarDateOf(new Date(), ZONE);
  const monday = firstMondayOfNextMonth(today);
  const programmeId = await createProgramme(ld, {
    title: 'Groeiweek De Linde',
    summary:
      'Een week vol leren met en van elkaar: lezingen, panels en workshops van collega’s en gastsprekers. Stel je eigen rooster samen; je leidinggevende weet ervan en de tijd telt als leertijd.',
    startsOn: monday,
    endsOn: addDays(monday, 4),
    tracks: ['Vakmanschap in de zorg', 'Samen werken', 'Jij en je loopbaan'],
  });
  const tracks = await tenant
    .selectFrom('programme_tracks')
    .select(['id', 'position'])
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
  const trackId = { craft: tracks[0]!.id, together: tracks[1]!.id, career: tracks[2]!.id };
  const sessionIds: string[] = [];
  for (const planned of growthWeek) {
    const date = addDays(monday, planned.day);
    const online = planned.location === 'Online';
    sessionIds.push(
      await addProgrammeSession(ld, programmeId, {
        trackId: trackId[planned.track],
        format: planned.format,
        language: 'nl',
        title: planned.title,
        summary: planned.summary,
        startsAt: wallClock(date, planned.from),
        endsAt: wallClock(date, planned.to),
        location: online ? null : planned.location,
        onlineUrl: online ? 'https://teams.example/groeiweek' : null,
        seats: planned.seats,
        speakers: planned.speakers,
      }),
    );
  }
  await updateProgramme(ld, programmeId, { status: 'published' });
  // Schedules: the demo employee has the keynote; the team fills the small workshops. (Straight to
  // events' sign-up: joining through the programme also answers the clashes, which a seed needs not.)
  const seats = new Map(
    (
      await tenant
        .selectFrom('programme_sessions')
        .select(['id', 'event_session_id'])
        .where('programme_id', '=', programmeId)
        .execute()
    ).map((row) => [row.id, row.event_session_id]),
  );
  const join = (ctx: Ctx, index: number) => signUp(ctx, seats.get(sessionIds[index]!)!);
  await join(employee, 0);
  for (const [index, personId] of team.entries()) {
    const person = actingAs(as(personId));
    await join(person, 0);
    await join(person, 7 + (index % 2) * 5); // tillen (12 seats) or intervisie (12 seats)
    if (index < 4) await join(person, 3);
  }

  // Last spring's growth week, over, with its recap.
  const spring = addDays(today, -200);
  const pastId = await createProgramme(ld, {
    title: 'Groeiweek voorjaar',
    summary: 'De eerste groeiweek van De Linde. Terugkijken kan hier.',
    startsOn: spring,
    endsOn: addDays(spring, 2),
    tracks: ['Alles'],
  });
  const pastTrack = (
    await tenant
      .selectFrom('programme_tracks')
      .select('id')
      .where('programme_id', '=', pastId)
      .executeTakeFirstOrThrow()
  ).id;
  const pastSessions: string[] = [];
  for (const [day, title, speaker] of [
    [0, 'Keynote: de cliënt centraal', 'Prof. dr. Anouk Jansen'],
    [1, 'Workshop: rapporteren in het ECD', 'Jeroen Bakker'],
    [2, 'Panel: wat vinden cliënten belangrijk?', 'Cliëntenraad De Linde'],
  ] as const)
    pastSessions.push(
      await addProgrammeSession(ld, pastId, {
        trackId: pastTrack,
        format: day === 1 ? 'workshop' : day === 2 ? 'panel' : 'talk',
        language: 'nl',
        title,
        summary: '',
        startsAt: wallClock(addDays(spring, day), '10:00'),
        endsAt: wallClock(addDays(spring, day), '11:30'),
        location: 'De Linde, grote zaal',
        seats: 80,
        speakers: [{ name: speaker, kind: day === 1 ? 'internal' : 'external' }],
      }),
    );
  await updateProgramme(ld, pastId, {
    status: 'published',
    recapNote:
      'Dank aan iedereen die meedeed: 140 collega’s volgden samen 310 sessies. Hieronder de opnames en de materialen.',
  });
  await addMaterial(ld, pastId, {
    sessionId: pastSessions[0],
    kind: 'recording',
    title: 'Opname keynote (45 min)',
    url: 'https://video.example.org/delinde/groeiweek-keynote',
  });
  await addMaterial(ld, pastId, {
    sessionId: pastSessions[1],
    kind: 'material',
    title: 'Spiekbrief rapporteren (pdf)',
    url: 'https://intranet.example.org/delinde/spiekbrief-rapporteren.pdf',
  });
  await addMaterial(ld, pastId, {
    kind: 'material',
    title: 'Foto’s en terugblik op intranet',
    url: 'https://intranet.example.org/delinde/groeiweek-voorjaar',
  });

  // WorkOuts of the demo team: two done with reflections and next steps, one coming up.
  const [first, second, third] = team;
  const feedback = await planWorkout(manager, {
    libraryKey: 'feedback-week',
    plannedOn: addDays(today, -21),
    participantIds: [employeeId, first!, second!, third!],
  });
  const reflections: [string, string][] = [
    [
      employeeId,
      'Ik vroeg Ayşe hoe ik de overdracht deed. Ze zei dat ik snel praat en de belangrijkste dingen beter eerst kan noemen.',
    ],
    [
      first!,
      'Mijn collega vond dat ik goed luister naar cliënten, maar soms te weinig vraag om hulp als het druk is.',
    ],
    [second!, 'Spannend om te vragen! Ik hoorde dat mijn rapportages duidelijk zijn. Dat gaf energie.'],
    [managerId, 'Mooi om te zien hoe open iedereen was. We gaan dit vaker doen.'],
  ];
  for (const [personId, text] of reflections) await reflect(actingAs(as(personId)), feedback, text);
  await completeWorkout(manager, feedback, {
    nextSteps: [
      {
        kind: 'personal',
        personId: employeeId,
        title: 'Bij de overdracht eerst de drie belangrijkste punten noemen',
      },
      { kind: 'personal', personId: first!, title: 'Op drukke dagen een collega om hulp vragen' },
    ],
  });
  const nearMiss = await planWorkout(manager, {
    libraryKey: 'near-miss',
    plannedOn: addDays(today, -8),
    participantIds: [employeeId, first!, third!],
  });
  for (const [personId, text] of [
    [
      employeeId,
      'Het bijna-incident met de verkeerde medicijnrol liet zien dat we bij drukte het dubbel checken overslaan.',
    ],
    [first!, 'Ik neem mee dat het melden niet over schuld gaat maar over leren. Ik ga sneller melden.'],
    [third!, 'Goed gesprek. Ik wil de dubbele controle op de avond beter regelen.'],
  ] as const)
    await reflect(actingAs(as(personId)), nearMiss, text);
  await completeWorkout(manager, nearMiss, {
    nextSteps: [
      { kind: 'personal', personId: third!, title: 'Afspraak maken over dubbele controle in de avonddienst' },
      { kind: 'personal', personId: employeeId, title: 'Bijna-incidenten dezelfde dienst nog melden' },
    ],
  });
  const coming = await planWorkout(manager, {
    libraryKey: 'client-wish',
    plannedOn: addDays(today, 3),
    participantIds: [employeeId, first!, second!],
  });
  await reflect(
    actingAs(as(first!)),
    coming,
    'Mevrouw Bos vertelde dat ze het fijn vindt als we eerst even gaan zitten voor we beginnen.',
  );
}
