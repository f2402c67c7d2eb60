import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Db } from '../db/database.ts';
import { createEvent } from '../modules/events/events.service.ts';
import { signUp } from '../modules/events/events.signup.batch.ts';
import {
  answerProposal,
  logTime,
  proposeTeamHour,
  reserveBlock,
  setNorms,
} from '../modules/learning-time/learning-time.service.ts';
import { weekOf } from '../modules/learning-time/learning-time.week.ts';
import { demoActors } from './demo-actors.ts';

// Learning time and workshops for Zorggroep De Linde: a norm of two hours a week, a weekly reserved
// block and logged time for the demo people, three upcoming workshops (one full with a waitlist), the
// team leader's own team event, a costly course whose sign-up waits for the manager's approval, and a
// team learning hour the team leader proposed. Through the same use cases as the API.

const at = (days: number, hour: number) => {
  const day = new Date(Date.now() + days * 86_400_000);
  day.setUTCHours(hour - 1, 0, 0, 0); // Amsterdam in winter; a demo need not be exact to the hour
  return day.toISOString();
};

export async function seedTimeAndEvents(db: Db, organisationId: string) {
  const { tenant, actingAs, as, byEmail } = demoActors(db, organisationId);
  const hr = as(await byEmail('hr@delinde.demo'), ['employee', 'hr_admin']);
  const ld = as(await byEmail('leren@delinde.demo'), ['employee', 'ld_admin']);
  const managerId = await byEmail('teamleider@delinde.demo');
  const employee = as(await byEmail('medewerker@delinde.demo'));
  const team = (
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', managerId)
      .where('email', '<>', 'medewerker@delinde.demo')
      .orderBy('family_name')
      .limit(8)
      .execute()
  ).map((row) => as(row.id));

  await setNorms(actingAs(hr), [{ scope: 'organisation', minutesPerWeek: 120 }]);

  const today = calendarDateOf(new Date());
  const monday = weekOf(today).start;
  await reserveBlock(actingAs(employee), {
    title: 'Wondzorg module 3',
    date: addDays(monday, 1),
    startTime: '14:00',
    endTime: '15:00',
    repeatsWeekly: true,
  });
  await reserveBlock(actingAs(employee), {
    title: 'Lezen: richtlijn decubitus',
    date: addDays(monday, 3),
    startTime: '09:00',
    endTime: '09:30',
    repeatsWeekly: false,
  });
  await logTime(actingAs(employee), {
    date: addDays(monday, -6),
    minutes: 45,
    description: 'Casus besproken met de wondconsulent',
  });
  for (const [index, member] of team.slice(0, 5).entries()) {
    await reserveBlock(actingAs(member), {
      title: 'Leertijd',
      date: addDays(monday, index % 5),
      startTime: '13:00',
      endTime: '14:00',
      repeatsWeekly: true,
    });
    await logTime(actingAs(member), {
      date: addDays(monday, -((index % 4) + 1)),
      minutes: 30 + index * 15,
      description: 'E-learning en nabespreking met een collega',
    });
  }

  await createEvent(actingAs(ld), {
    language: 'nl',
    title: 'Feedback geven',
    summary: 'Oefenen met feedback geven en vragen, in duo’s, met een trainingsacteur.',
    needsApproval: false,
    serves: [],
    durationMinutes: 180,
    sessions: [
      {
        startsAt: at(7, 13),
        endsAt: at(7, 16),
        location: 'De Linde, zaal 2',
        trainerName: 'Petra de Vries',
        seats: 16,
      },
      {
        startsAt: at(21, 9),
        endsAt: at(21, 12),
        location: 'De Linde, zaal 2',
        trainerName: 'Petra de Vries',
        seats: 16,
      },
    ],
  });
  const full = await createEvent(actingAs(ld), {
    language: 'nl',
    title: 'Omgaan met agressie',
    summary: 'De-escalerend werken bij onrustige cliënten: herkennen, reageren, nabespreken.',
    needsApproval: false,
    serves: [],
    durationMinutes: 240,
    sessions: [
      {
        startsAt: at(10, 9),
        endsAt: at(10, 13),
        location: 'Locatie Zuid, leslokaal',
        trainerName: 'Bas Jansen',
        seats: 4,
        signupDeadline: at(8, 17),
      },
    ],
  });
  await createEvent(actingAs(ld), {
    language: 'nl',
    title: 'Tillen zonder klachten (online)',
    summary: 'Ergonomisch werken met de tillift en glijzeil; online uitleg, daarna oefenen op de afdeling.',
    needsApproval: false,
    serves: [],
    durationMinutes: 90,
    sessions: [
      { startsAt: at(14, 15), endsAt: at(14, 16), onlineUrl: 'https://teams.example/tillen', seats: 30 },
    ],
  });
  // Full with two on the waitlist: the demo employee can see the waitlist from the first start.
  const sessionId = (
    await tenant
      .selectFrom('event_sessions')
      .select('id')
      .where('content_id', '=', full)
      .executeTakeFirstOrThrow()
  ).id;
  for (const member of team.slice(0, 6)) await signUp(actingAs(member), sessionId);

  // The team leader's own event, for their team only.
  const manager = as(managerId, ['employee', 'manager']);
  await createEvent(actingAs(manager), {
    language: 'nl',
    title: 'Teamoverleg: casuïstiek valpreventie',
    summary: 'Met het hele team twee casussen over vallen bespreken en afspraken maken voor de afdeling.',
    needsApproval: false,
    serves: [],
    durationMinutes: 60,
    sessions: [{ startsAt: at(9, 14), endsAt: at(9, 15), location: 'Lindehof, teamkamer', seats: 12 }],
  });
  // A course that costs budget: the demo employee's sign-up waits in the team leader's approvals.
  const costly = await createEvent(actingAs(ld), {
    language: 'nl',
    title: 'Palliatieve zorg (tweedaagse, extern)',
    summary: 'Tweedaagse training van een extern opleidingsinstituut, met certificaat. Kost € 395.',
    costCents: 39_500,
    needsApproval: true,
    serves: [],
    durationMinutes: 960,
    sessions: [
      {
        startsAt: at(28, 9),
        endsAt: at(28, 17),
        location: 'Opleidingscentrum Utrecht',
        trainerName: 'Instituut Zorgscholing',
        seats: 20,
        signupDeadline: at(21, 17),
      },
    ],
  });
  const costlySession = (
    await tenant
      .selectFrom('event_sessions')
      .select('id')
      .where('content_id', '=', costly)
      .executeTakeFirstOrThrow()
  ).id;
  await signUp(actingAs(employee), costlySession);
  // A team learning hour the team leader proposed: two have accepted, the others have not answered yet.
  const proposal = await proposeTeamHour(
    actingAs(manager),
    {
      title: 'Teamleeruur: samen een e-learning doen',
      date: addDays(monday, 9),
      startTime: '15:00',
      endTime: '16:00',
      repeatsWeekly: false,
    },
    '',
  );
  for (const member of team.slice(0, 2)) await answerProposal(actingAs(member), proposal, true);
}
