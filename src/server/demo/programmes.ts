import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Ctx } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import { signUp } from '../modules/events/events.signup.service.ts';
import {
  addMaterial,
  addProgrammeSession,
  createProgramme,
  updateProgramme,
} from '../modules/programmes/programmes.service.ts';
import { demoTeam } from './demo-team.ts';
import { firstMondayOfNextMonth, growthWeek, wallClock, ZONE } from './growth-week.ts';

// A growth week next month with people's schedules, and last spring's growth week with its recap.
// Through the same use cases as the API.

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
}
