import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Db } from '../db/database.ts';
import type { Auth } from '../modules/access/index.ts';
import { awardBadge, createBadge } from '../modules/recognition/badges.service.ts';
import { celebrate } from '../modules/recognition/celebrate.service.ts';
import { createChallenge } from '../modules/recognition/challenges.service.ts';
import {
  giveKudos,
  setPreferences,
  setSettings,
  shareCelebration,
} from '../modules/recognition/recognition.service.ts';
import { demoActors } from './demo-actors.ts';

// Recognition for Zorggroep De Linde: kudos between colleagues (some for a core value), celebrated
// steps (a few shared), badges defined and awarded, people who opted in to leaderboards, and a running
// team challenge started by the team leader. Through the same use cases as the API.

export async function seedRecognition(db: Db, organisationId: string) {
  const { tenant, actingAs, as } = demoActors(db, organisationId);
  const byEmail = async (email: string) =>
    await tenant
      .selectFrom('people')
      .select(['id', 'org_unit_id'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
  const ld = as((await byEmail('leren@delinde.demo')).id, ['employee', 'ld_admin']);
  const managerRow = await byEmail('teamleider@delinde.demo');
  const manager = as(managerRow.id, ['employee', 'manager']);
  const employeeRow = await byEmail('medewerker@delinde.demo');
  const employee = as(employeeRow.id);
  const team = (
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', managerRow.id)
      .where('email', '<>', 'medewerker@delinde.demo')
      .where((eb) =>
        eb.or([eb('start_date', 'is', null), eb('start_date', '<=', calendarDateOf(new Date()))]),
      )
      .orderBy('family_name')
      .limit(6)
      .execute()
  ).map((row) => as(row.id));
  const value = async (name: string) =>
    (await tenant.selectFrom('core_values').select('id').where('name', '=', name).executeTakeFirst())?.id ??
    null;

  await setSettings(actingAs(ld), { leaderboardsEnabled: true });

  // Badges shaped as Open Badges achievements; the issuer is the organisation.
  const path = await tenant
    .selectFrom('learning_paths')
    .select(['id', 'title'])
    .orderBy('created_at')
    .executeTakeFirst();
  if (path)
    await createBadge(actingAs(ld), {
      name: `Leerpad ${path.title}`,
      description: `Rondde het hele leerpad "${path.title}" af.`,
      criteriaNarrative: `Rond alle stappen van het leerpad "${path.title}" af.`,
      criteriaKind: 'path_completed',
      criteriaSubjectId: path.id,
      criteriaCount: 1,
    });
  await createBadge(actingAs(ld), {
    name: 'Helpende hand',
    description: 'Hielp drie verschillende collega’s verder.',
    criteriaNarrative: 'Krijg kudos van drie verschillende collega’s.',
    criteriaKind: 'helped_colleagues',
    criteriaCount: 3,
  });
  await createBadge(actingAs(ld), {
    name: 'In de praktijk',
    description: 'Paste toe wat je leerde, en vertelde hoe.',
    criteriaNarrative: 'Beantwoord de vervolgvraag van een leerafspraak: hoe heb je het toegepast?',
    criteriaKind: 'skill_applied',
    criteriaCount: 1,
  });
  await createBadge(actingAs(ld), {
    name: 'Groeiweek 2026',
    description: 'Was erbij in de groeiweek.',
    criteriaNarrative: 'Woon een sessie van de groeiweek bij.',
    criteriaKind: 'event_attended',
    criteriaCount: 1,
  });
  const colleagueBadge = await createBadge(actingAs(ld), {
    name: 'Collega van de maand',
    description: 'Voor wie deze maand het verschil maakte op de afdeling.',
    criteriaNarrative: 'Toegekend door de teamleider, met de reden erbij.',
    criteriaKind: 'manual',
    criteriaCount: 1,
  });

  // Steps the team took: finished learning, an achieved goal, and what they applied.
  const items = await tenant
    .selectFrom('content_versions')
    .select(['item_id', 'title'])
    .where('language', '=', 'nl')
    .orderBy('item_id')
    .limit(8)
    .execute();
  const ctx = actingAs(ld);
  const steps: [Auth, 'content' | 'plan_goal' | 'applied', number][] = [
    [employee, 'content', 0],
    [employee, 'content', 1],
    [employee, 'applied', 2],
    ...team.slice(0, 4).map((member, index) => [member, 'content', index + 3] as [Auth, 'content', number]),
    [team[0] ?? employee, 'plan_goal', 7],
  ];
  for (const [person, kind, index] of steps) {
    const item = items[index % Math.max(items.length, 1)];
    if (!item || person.kind !== 'person') continue;
    await celebrate(ctx, person.personId, [
      {
        kind,
        subjectId: item.item_id,
        title: kind === 'plan_goal' ? 'Zelfstandig wondzorg uitvoeren' : item.title,
        points: kind === 'content' ? 'item_completed' : kind === 'applied' ? 'applied' : 'goal_achieved',
      },
    ]);
  }
  // A few shared with colleagues.
  for (const person of [employee, team[0], team[1]]) {
    if (person?.kind !== 'person') continue;
    const first = await tenant
      .selectFrom('celebrations')
      .select('id')
      .where('person_id', '=', person.personId)
      .orderBy('created_at')
      .executeTakeFirst();
    if (first) await shareCelebration(actingAs(person), first.id, true);
  }

  // Kudos between colleagues, some for a core value.
  const aandacht = await value('Aandacht');
  const samen = await value('Samen');
  const vakmanschap = await value('Vakmanschap');
  const kudos: [Auth, Auth | undefined, string, string | null][] = [
    [
      manager,
      employee,
      'Wat nam je vanochtend de tijd voor mevrouw De Wit. Dat zag ze, en ik ook.',
      aandacht,
    ],
    [team[0] ?? ld, employee, 'Bedankt dat je me hielp met de nieuwe tillift. Nu durf ik het zelf.', samen],
    [team[1] ?? ld, employee, 'Je uitleg over de wondfoto’s was precies wat ik nodig had.', vakmanschap],
    [employee, team[0], 'Fijn hoe je de overdracht hebt aangepakt: kort en compleet.', vakmanschap],
    [
      manager,
      team[1],
      'Goed dat je de casus inbracht in het teamoverleg. Daar leerden we allemaal van.',
      samen,
    ],
    [employee, team[2], 'Dank voor het inspringen zaterdag!', null],
  ];
  for (const [from, to, message, valueId] of kudos) {
    if (to?.kind !== 'person' || from.kind !== 'person' || from.personId === to.personId) continue;
    await giveKudos(actingAs(from), { receiverId: to.personId, message, valueId });
  }
  await awardBadge(actingAs(manager), colleagueBadge, {
    personId: employeeRow.id,
    reason: 'Altijd bereid om nieuwe collega’s wegwijs te maken.',
  });

  // Who opted in to leaderboards (the rest never appear on one).
  for (const person of [employee, ...team.slice(0, 3)])
    await setPreferences(actingAs(person), { onLeaderboards: true, pointsVisible: true });

  // A running team challenge by the team leader, and one by L&D between two teams.
  const today = calendarDateOf(new Date());
  if (employeeRow.org_unit_id) {
    await createChallenge(actingAs(manager), {
      title: 'Lindehof 1 leert 20 uur deze maand',
      description:
        'Samen twintig uur leertijd: e-learning, casusbesprekingen en meelopen tellen allemaal mee.',
      metric: 'learning_minutes',
      contentId: null,
      goal: 20 * 60,
      startsOn: addDays(today, -14),
      endsOn: addDays(today, 16),
      teamIds: [employeeRow.org_unit_id],
    });
    const other = await tenant
      .selectFrom('org_units')
      .select('id')
      .where('code', 'in', ['WZ-LH2', 'WZ-BH'])
      .execute();
    await createChallenge(actingAs(ld), {
      title: 'Wonen & Zorg: punten voor elke stap',
      description:
        'Welk team zet deze maand de meeste stappen? Kudos, afgeronde modules en toegepaste afspraken tellen.',
      metric: 'points',
      contentId: null,
      goal: 300,
      startsOn: addDays(today, -7),
      endsOn: addDays(today, 23),
      teamIds: [employeeRow.org_unit_id, ...other.map((unit) => unit.id)],
    });
  }
}
