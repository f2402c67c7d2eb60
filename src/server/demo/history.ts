import { sql } from 'kysely';
import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import { buildPerson } from '../factories/factories.ts';
import { refreshOrganisation } from '../modules/insight/index.ts';
import { organisationTimeZone } from '../modules/organisations/index.ts';
import { seedLearningStatements } from './history-statements.ts';

// A year of learning for Zorggroep De Linde, so every insight chart tells a story (issue 18): learning
// time, items started, finished or dropped, course and path enrolments, star ratings and xAPI
// statements, for everyone who worked here, then the summary tables rebuilt. The story: peaks in the
// review seasons (March, October), a summer dip, a bump in April's "Digitale vaardigheden" campaign,
// Locatie De Hoven 1 learning more after its spring Learning Zone round, and a handful of leavers who
// learned little (retention). Generated in memory from a fixed seed and written in bulk (a few dozen
// statements), so the demo still starts in seconds.

const seasons = [1.0, 1.0, 1.35, 1.15, 1.0, 0.9, 0.5, 0.55, 1.1, 1.4, 1.15, 0.7]; // January … December
const notes = [
  'Vakliteratuur gelezen',
  'Intervisie met collega’s',
  'Casus besproken met de wondconsulent',
  'Klinische les gevolgd',
  'Meegelopen met een collega',
  'Richtlijn doorgenomen',
  'Reflectie op een lastige situatie',
  'Webinar bekeken',
];
const comments = [
  'Heel praktisch, direct toe te passen.',
  'Duidelijk uitgelegd.',
  'Wat lang, maar nuttig.',
  'Goede voorbeelden uit de zorg.',
  'Had graag meer oefeningen gehad.',
];
const leavers = [
  ['Sanne', 'Kok', 'WZ-LH2', 300],
  ['Mehmet', 'Yılmaz', 'WZ-BH', 260],
  ['Inge', 'Brouwer', 'TZ-N', 215],
  ['Ruud', 'Peters', 'WZ-LH1', 170],
  ['Fleur', 'Smit', 'TZ-Z', 130],
  ['Dirk', 'Mulder', 'WZ-BH', 90],
  ['Naima', 'El Idrissi', 'TZ-N', 55],
  ['Joost', 'Bakker', 'WZ-LH2', 25],
] as const;

/** A small seeded generator (mulberry32): the same demo every time. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let index = 0; index < rows.length; index += size) await write(rows.slice(index, index + size));
}

export type HistoryFigures = { entries: number; progress: number; enrolments: number; ratings: number };

export async function seedLearningHistory(db: Db, organisationId: string): Promise<HistoryFigures> {
  const tenant = forOrganisation(db, organisationId);
  // One generator per person: what the other seeds left behind cannot shift everyone else's year.
  let random = generator(18);
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const today = calendarDateOf(new Date());
  const first = addDays(today, -364);

  const units = new Map(
    (await tenant.selectFrom('org_units').select(['id', 'code']).execute()).map((u) => [u.code, u.id]),
  );
  // People who left this year: hired years ago, gone on their end date (the status history dates it).
  for (const [index, [given, family, unit, daysAgo]] of leavers.entries()) {
    const person = await buildPerson(db, organisationId, {
      email: `oud-collega-${index + 1}@delinde.demo`,
      givenName: given,
      familyName: family,
      employeeNumber: String(9001 + index),
      jobTitle: 'Verzorgende IG',
      orgUnitId: units.get(unit) ?? null,
      startDate: `${2016 + (index % 6)}-0${1 + (index % 9)}-01`,
    });
    await tenant
      .updateTable('people')
      .set({ status: 'left', end_date: addDays(today, -daysAgo) })
      .where('id', '=', person.id)
      .execute();
  }

  const people = await tenant
    .selectFrom('people')
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'people.organisation_id')
        .onRef('org_units.id', '=', 'people.org_unit_id'),
    )
    .select([
      'people.id',
      'people.email',
      'people.start_date',
      'people.end_date',
      'people.status',
      'org_units.code',
    ])
    .orderBy('people.employee_number')
    .execute();
  const items = await tenant
    .selectFrom('content_items')
    .select(['id', 'duration_minutes'])
    .where('status', '=', 'published')
    // By title, not by id or publication time (random, and one instant in the seed's transaction).
    .orderBy(
      sql`(SELECT min(title) FROM content_versions v
            WHERE v.organisation_id = content_items.organisation_id AND v.item_id = content_items.id)`,
    )
    .execute();
  const courses = await tenant
    .selectFrom('courses')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('title')
    .execute();
  const paths = await tenant
    .selectFrom('learning_paths')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('title')
    .execute();
  const taken = new Set(
    (await tenant.selectFrom('content_progress').select(['person_id', 'content_id']).execute()).map(
      (row) => `${row.person_id}:${row.content_id}`,
    ),
  );
  const enrolled = new Set(
    (await tenant.selectFrom('enrolments').select(['person_id', 'subject_id']).execute()).map(
      (row) => `${row.person_id}:${row.subject_id}`,
    ),
  );

  const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+01:00`);
  const entries: {
    person_id: string;
    on_date: string;
    minutes: number;
    source: 'manual' | 'progress';
    source_id: string | null;
    description: string | null;
    created_at: Date;
  }[] = [];
  const progress: {
    person_id: string;
    content_id: string;
    percent: number;
    started_at: Date;
    updated_at: Date;
    completed_at: Date | null;
  }[] = [];
  const enrolments: {
    person_id: string;
    subject_kind: 'course' | 'path';
    subject_id: string;
    source: 'self';
    enrolled_at: Date;
    last_activity_at: Date;
    completed_at: Date | null;
  }[] = [];
  const ratings: {
    person_id: string;
    subject_kind: 'content';
    subject_id: string;
    stars: number;
    comment: string | null;
    updated_at: Date;
  }[] = [];

  for (const [index, person] of people.entries()) {
    random = generator(1000 + index);
    const starts = person.start_date && person.start_date > first ? person.start_date : first;
    const ends = person.status === 'left' && person.end_date ? person.end_date : addDays(today, -1);
    if (starts > ends) continue;
    // Some people learn a lot, most a little; leavers less (the association retention shows).
    // About one in eight never gets round to it, and most leavers did not.
    const learns = chance(person.status === 'left' ? 0.35 : 0.88);
    const keen = learns ? (person.status === 'left' ? 0.4 : 1) * (0.15 + random() * 0.75) : 0;
    for (let day = starts; day <= ends; day = addDays(day, 7)) {
      const month = Number(day.slice(5, 7));
      const daysAgo = Math.round((Date.parse(today) - Date.parse(day)) / 86_400_000);
      let weight = seasons[month - 1]! * keen;
      if (month === 4) weight *= 1.25; // the "Digitale vaardigheden" campaign
      if (person.code === 'WZ-LH1') weight *= daysAgo > 120 ? 0.7 : 1.5; // after the spring round
      if (!chance(Math.min(weight, 0.95))) continue;
      const on = addDays(day, between(0, 4));
      entries.push({
        person_id: person.id,
        on_date: on,
        minutes: pick([15, 20, 30, 30, 45, 60, 90]),
        source: 'manual',
        source_id: null,
        description: pick(notes),
        created_at: at(on, 16),
      });
      if (items.length && chance(0.45)) {
        const item = items[Math.floor(random() ** (month === 4 ? 0.6 : 1) * items.length)]!;
        const finishedOn = addDays(on, between(0, 12));
        const finishes = chance(0.72) && finishedOn <= ends;
        const [percent, minutes, rates, stars, comment] = [
          between(10, 80),
          item.duration_minutes ?? 20,
          chance(0.35),
          pick([3, 4, 4, 4, 5, 5, 2]),
          chance(0.4) ? pick(comments) : null,
        ];
        if (taken.has(`${person.id}:${item.id}`)) continue;
        taken.add(`${person.id}:${item.id}`);
        progress.push({
          person_id: person.id,
          content_id: item.id,
          percent: finishes ? 100 : percent,
          started_at: at(on, 10),
          updated_at: at(finishes ? finishedOn : on, 11),
          completed_at: finishes ? at(finishedOn, 11) : null,
        });
        if (finishes) {
          entries.push({
            person_id: person.id,
            on_date: finishedOn,
            minutes,
            source: 'progress',
            source_id: item.id,
            description: null,
            created_at: at(finishedOn, 11),
          });
          if (rates)
            ratings.push({
              person_id: person.id,
              subject_kind: 'content',
              subject_id: item.id,
              stars,
              comment,
              updated_at: at(finishedOn, 12),
            });
        }
      }
    }
    // Now and then a course or a path, finished within weeks or left halfway.
    for (const [kind, list] of [
      ['course', courses],
      ['path', paths],
    ] as const) {
      const wanted = chance(kind === 'course' ? 0.45 * Math.min(1, keen * 2) : 0.2 * Math.min(1, keen * 2));
      const subject = list.length ? pick(list) : null;
      if (!wanted || !subject) continue;
      if (enrolled.has(`${person.id}:${subject.id}`)) continue;
      enrolled.add(`${person.id}:${subject.id}`);
      const span = Math.max(0, Math.round((Date.parse(ends) - Date.parse(starts)) / 86_400_000));
      const on = addDays(starts, between(0, span));
      const doneOn = addDays(on, between(5, 50));
      const finishes = chance(0.6) && doneOn <= ends;
      enrolments.push({
        person_id: person.id,
        subject_kind: kind,
        subject_id: subject.id,
        source: 'self',
        enrolled_at: at(on, 9),
        last_activity_at: at(finishes ? doneOn : addDays(on, between(0, 10)), 15),
        completed_at: finishes ? at(doneOn, 15) : null,
      });
    }
  }

  await inChunks(entries, (chunk) => tenant.insertInto('learning_time_entries', chunk).execute());
  await inChunks(progress, (chunk) => tenant.insertInto('content_progress', chunk).execute());
  await inChunks(enrolments, (chunk) => tenant.insertInto('enrolments', chunk).execute());
  await inChunks(ratings, (chunk) =>
    tenant
      .insertInto('ratings', chunk)
      .onConflict((oc) => oc.doNothing())
      .execute(),
  );
  await seedLearningStatements(db, organisationId, progress);
  await refreshOrganisation(tenant, await organisationTimeZone(db, organisationId), { rebuild: true });
  return {
    entries: entries.length,
    progress: progress.length,
    enrolments: enrolments.length,
    ratings: ratings.length,
  };
}
