import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Ctx } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import { signUp } from '../modules/events/events.signup.batch.ts';
import {
  addMaterial,
  addProgrammeSession,
  createProgramme,
  updateProgramme,
} from '../modules/programmes/programmes.service.ts';
import { demoTeam } from './demo-team.ts';
import { firstMondayOfNextMonth, growthWeek, type Planned, wallClock, ZONE } from './growth-week.ts';

// A growth week next month with people's schedules, and last spring's growth week with its recap.
// Through the same use cases as the API.

type Team = Awaited<ReturnType<typeof demoTeam>>;

/** The programme's tracks in their order. */
const trackIdsOf = async (tenant: Team['tenant'], programmeId: string) =>
  (
    await tenant
      .selectFrom('programme_tracks')
      .select(['id', 'position'])
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute()
  ).map((track) => track.id);

/** One planned session, days from the programme's first day, into the programme (the one builder). */
const addPlanned = (ld: Ctx, programmeId: string, firstDay: string, trackId: string, planned: Planned) => {
  const date = addDays(firstDay, planned.day);
  const online = planned.location === 'Online';
  return addProgrammeSession(ld, programmeId, {
    trackId,
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
  });
};

/** Last spring's three sessions, all in one track. */
const spring: Planned[] = (
  [
    [0, 'talk', 'Keynote: de cliënt centraal', 'Prof. dr. Anouk Jansen', 'external'],
    [1, 'workshop', 'Workshop: rapporteren in het ECD', 'Jeroen Bakker', 'internal'],
    [2, 'panel', 'Panel: wat vinden cliënten belangrijk?', 'Cliëntenraad De Linde', 'external'],
  ] as const
).map(([day, format, title, name, kind]) => ({
  day,
  from: '10:00',
  to: '11:30',
  track: 'craft',
  format,
  title,
  summary: '',
  location: 'De Linde, grote zaal',
  seats: 80,
  speakers: [{ name, kind }],
}));

export async function seedProgrammes(db: Db, organisationId: string) {
  const { tenant, actingAs, as, ld, employee, team } = await demoTeam(db, organisationId);
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
  const [craft, together, career] = await trackIdsOf(tenant, programmeId);
  const trackId = { craft: craft!, together: together!, career: career! };
  const sessionIds: string[] = [];
  for (const planned of growthWeek)
    sessionIds.push(await addPlanned(ld, programmeId, monday, trackId[planned.track], planned));
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
  const springStart = addDays(today, -200);
  const pastId = await createProgramme(ld, {
    title: 'Groeiweek voorjaar',
    summary: 'De eerste groeiweek van De Linde. Terugkijken kan hier.',
    startsOn: springStart,
    endsOn: addDays(springStart, 2),
    tracks: ['Alles'],
  });
  const [pastTrack] = await trackIdsOf(tenant, pastId);
  const pastSessions: string[] = [];
  for (const planned of spring)
    pastSessions.push(await addPlanned(ld, pastId, springStart, pastTrack!, planned));
  await updateProgramme(ld, pastId, {
    status: 'published',
    recapNote:
      'Dank aan iedereen die meedeed: 140 collega’s volgden samen 310 sessies. Hieronder de opnames en de materialen.',
  });
  // The keynote's recording plays in place: the catalogue's stored demo video (when the seed stored
  // media), from the organisation's own storage; otherwise a link.
  const video = await tenant
    .selectFrom('files')
    .select('id')
    .where('original_name', '=', 'demo-video.webm')
    .executeTakeFirst();
  await addMaterial(ld, pastId, {
    sessionId: pastSessions[0],
    kind: 'recording',
    title: 'Opname keynote',
    ...(video ? { fileId: video.id } : { url: 'https://video.example.org/delinde/groeiweek-keynote' }),
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
}
