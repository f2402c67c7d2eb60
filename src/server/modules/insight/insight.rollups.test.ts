import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';
import { organisationTimeZone } from '../organisations/index.ts';
import { learningFigures } from './insight.learning.ts';
import { refreshOrganisation } from './insight.refresh.ts';
import { itemFigures } from './insight.repository.ts';

// The month rollups (migration 0332) and the incremental refresh: the dashboard's figures read from the
// rollups equal the same figures counted on the day tables for any period (months cut at either end), and
// a refresh after a day of new activity leaves exactly what a full rebuild makes.

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
const people: string[] = [];
const items: string[] = [];
const units: string[] = [];

/** A calendar day `days` from today (UTC, as the fixture's SQL uses current_date). */
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const tenant = () => forOrganisation(db, org.organisation.id);

async function publishedArticle(title: string) {
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article(title))).json<{ id: string }>();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  return item.id;
}

/** Every row of the four summary tables of the organisation, in a fixed order. */
async function summary() {
  const id = org.organisation.id;
  const [days, itemDays, months, itemMonths] = await Promise.all([
    sql`SELECT day::text, person_id, org_unit_id, minutes, started, completed, statements FROM insight_learning_days
         WHERE organisation_id = ${id} ORDER BY 1, 2`.execute(db),
    sql`SELECT day::text, org_unit_id, subject_id, started, finished_of_started, completed FROM insight_item_days
         WHERE organisation_id = ${id} ORDER BY 1, 2, 3`.execute(db),
    sql`SELECT month::text, person_id, org_unit_id, days, minutes, completed FROM insight_learning_months
         WHERE organisation_id = ${id} ORDER BY 1, 2, 3`.execute(db),
    sql`SELECT month::text, org_unit_id, subject_id, days, started, finished_of_started, completed
          FROM insight_item_months WHERE organisation_id = ${id} ORDER BY 1, 2, 3`.execute(db),
  ]);
  return { days: days.rows, itemDays: itemDays.rows, months: months.rows, itemMonths: itemMonths.rows };
}

/** The learning figures counted on the day rows (what the dashboard read before the rollups). */
type Row = Record<string, unknown>;

async function countedOnDays(from: string, to: string) {
  const id = org.organisation.id;
  const where = sql`organisation_id = ${id} AND day BETWEEN ${from} AND ${to}`;
  const figures = sql`count(DISTINCT person_id)::int AS active_learners, sum(minutes)::int AS minutes,
    sum(completed)::int AS completions`;
  const [totals, months, units, items] = await Promise.all([
    sql<Row>`SELECT ${figures} FROM insight_learning_days WHERE ${where}`.execute(db),
    sql<Row>`SELECT to_char(day, 'YYYY-MM') AS month, ${figures} FROM insight_learning_days WHERE ${where}
         GROUP BY 1 ORDER BY 1`.execute(db),
    sql<Row>`SELECT org_unit_id AS unit_id, ${figures} FROM insight_learning_days WHERE ${where}
         GROUP BY 1`.execute(db),
    sql<Row>`SELECT subject_id, sum(started)::int AS started, sum(finished_of_started)::int AS finished_of_started,
               sum(completed)::int AS completed FROM insight_item_days WHERE ${where} GROUP BY 1`.execute(db),
  ]);
  return { totals: totals.rows[0], months: months.rows, units: units.rows, items: items.rows };
}

async function readFromRollups(from: string, to: string) {
  const figures = await learningFigures(tenant(), { from, to });
  const items = await itemFigures(tenant(), { from, to });
  const { people: _headcount, ...totals } = figures.totals;
  return {
    totals: totals.active_learners ? totals : { active_learners: 0, minutes: null, completions: null },
    months: figures.months,
    units: figures.units
      .filter((unit) => unit.active_learners > 0)
      .map(({ unit_id, active_learners, minutes, completions }) => ({
        unit_id,
        active_learners,
        minutes,
        completions,
      })),
    items: items.map(({ subject_id, started, finished_of_started, completed }) => ({
      subject_id,
      started,
      finished_of_started,
      completed,
    })),
  };
}

const byKey = <T extends Record<string, unknown>>(rows: T[], key: keyof T) =>
  [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  units.push(org.unit.id, (await buildOrgUnit(db, org.organisation.id, { name: 'West' })).id);
  for (let i = 0; i < 6; i++)
    people.push(
      (await buildPerson(db, org.organisation.id, { givenName: `P${i}`, orgUnitId: units[i % 2] })).id,
    );
  for (const title of ['Tillen', 'Medicatie', 'Hygiëne']) items.push(await publishedArticle(title));
  // Four months of history, stamped a day old (a refresh reads what changed since the last one).
  await sql`
    INSERT INTO content_progress (organisation_id, person_id, content_id, percent, started_at, updated_at, completed_at)
    SELECT ${org.organisation.id}, p, i, 100, now() - (((k * 37 + n * 11) % 120) + 2) * interval '1 day',
           now() - interval '1 day',
           CASE WHEN (k + n) % 3 > 0 THEN now() - (((k * 37 + n * 11) % 120) + 2) * interval '1 day' + (n % 9) * interval '1 day' END
      FROM unnest(${people}::uuid[]) WITH ORDINALITY AS a(p, k), unnest(${items}::uuid[]) WITH ORDINALITY AS b(i, n)
     WHERE (k + n) % 4 <> 0`.execute(db);
  await sql`
    INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description, created_at)
    SELECT ${org.organisation.id}, p, current_date - ((k * 13 + g * 7) % 125)::int, 10 + (k * g) % 50, 'manual', 'Casus',
           now() - interval '1 day'
      FROM unnest(${people}::uuid[]) WITH ORDINALITY AS a(p, k), generate_series(1, 14) g`.execute(db);
  await runJob('insight.refresh', { db, config });
});

describe('the month rollups', () => {
  it('give the figures of the day rows for periods that cut months at either end', async () => {
    const periods: [string, string][] = [
      [dayFrom(-130), dayFrom(0)],
      [dayFrom(-100), dayFrom(-20)],
      [`${dayFrom(-60).slice(0, 8)}01`, dayFrom(-3)],
      [dayFrom(-40), dayFrom(-40)],
      [dayFrom(-75), dayFrom(-62)],
    ];
    for (const [from, to] of periods) {
      const expected = await countedOnDays(from, to);
      const read = await readFromRollups(from, to);
      expect(read.totals, `${from}..${to}`).toEqual(expected.totals);
      expect(read.months, `${from}..${to}`).toEqual(expected.months);
      expect(byKey(read.units, 'unit_id'), `${from}..${to}`).toEqual(byKey(expected.units, 'unit_id'));
      expect(byKey(read.items, 'subject_id'), `${from}..${to}`).toEqual(byKey(expected.items, 'subject_id'));
    }
    // The fixture is not trivial: learners in several months, and periods that see different figures.
    expect((await countedOnDays(dayFrom(-130), dayFrom(0))).months.length).toBeGreaterThanOrEqual(4);
  });

  it('count a person who moved unit (rows of both units in one month) once in the month and the total', async () => {
    const mover = people[0]!;
    // A month with two or more of the mover's learning days: one of them is redone after the move.
    const busy = await sql<{ day: string; month: string; month_end: string }>`
      SELECT min(day)::text AS day, date_trunc('month', day)::date::text AS month,
             (date_trunc('month', day) + interval '1 month - 1 day')::date::text AS month_end
        FROM insight_learning_days WHERE person_id = ${mover}
       GROUP BY date_trunc('month', day) HAVING count(*) >= 2 ORDER BY 2 LIMIT 1`.execute(db);
    const { day, month, month_end } = busy.rows[0]!;
    await sql`UPDATE people SET org_unit_id = ${units[1]} WHERE id = ${mover}`.execute(db);
    await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
      VALUES (${org.organisation.id}, ${mover}, ${day}, 20, 'manual', 'Na de verhuizing')`.execute(db);
    await runJob('insight.refresh', { db, config });
    const unitsOfMover = await sql<{ n: number }>`SELECT count(DISTINCT org_unit_id)::int AS n
      FROM insight_learning_days WHERE person_id = ${mover} AND day BETWEEN ${month} AND ${month_end}`.execute(
      db,
    );
    expect(unitsOfMover.rows[0]!.n).toBe(2);
    for (const period of [
      [month, month_end],
      [day, dayFrom(0)],
      [dayFrom(-130), dayFrom(0)],
    ] as const) {
      const expected = await countedOnDays(...period);
      const read = await readFromRollups(...period);
      expect(read.totals).toEqual(expected.totals);
      expect(read.months).toEqual(expected.months);
      expect(byKey(read.units, 'unit_id')).toEqual(byKey(expected.units, 'unit_id'));
    }
  });
});

describe('the refresh after a day of new activity', () => {
  it('redoes only that day, and leaves what a full rebuild makes', async () => {
    const id = org.organisation.id;
    const timeZone = await organisationTimeZone(db, id);
    // From a rebuilt state (the test before moved someone, whose older rows a rebuild re-units).
    await refreshOrganisation(tenant(), timeZone, { rebuild: true });
    // Everything so far happened before the last refresh (an hour ago, the sources a day ago).
    await sql`UPDATE insight_refresh_state SET refreshed_at = now() - interval '1 hour'
       WHERE organisation_id = ${id}`.execute(db);
    await sql`UPDATE learning_time_entries SET created_at = now() - interval '1 day'
       WHERE organisation_id = ${id}`.execute(db);
    await sql`UPDATE content_progress SET updated_at = now() - interval '1 day'
       WHERE organisation_id = ${id}`.execute(db);
    // Today: two people book time, one finishes an item started weeks ago, one starts a new one.
    await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
      VALUES (${id}, ${people[1]}, current_date, 45, 'manual', 'Leesclub'),
             (${id}, ${people[4]}, current_date, 15, 'manual', 'Casus')`.execute(db);
    const open = await sql<{ person_id: string; content_id: string }>`
      SELECT person_id, content_id FROM content_progress
       WHERE organisation_id = ${id} AND completed_at IS NULL AND started_at < now() - interval '20 days'
       ORDER BY person_id, content_id LIMIT 1`.execute(db);
    const finished = open.rows[0]!;
    await sql`UPDATE content_progress SET completed_at = now(), updated_at = now()
       WHERE person_id = ${finished.person_id} AND content_id = ${finished.content_id}`.execute(db);
    // people[2] never started items[0] (the fixture leaves that pair out).
    await sql`INSERT INTO content_progress (organisation_id, person_id, content_id, percent, started_at, updated_at)
      VALUES (${id}, ${people[2]}, ${items[0]}, 10, now(), now())`.execute(db);

    const refreshed = await refreshOrganisation(tenant(), timeZone);
    expect(refreshed.rebuilt).toBe(false);
    // Only today's person rows are redone (the history is older than the refresh's watermark).
    const today = await sql<{ n: number }>`SELECT count(*)::int AS n FROM insight_learning_days
      WHERE organisation_id = ${id} AND day = (now() AT TIME ZONE ${timeZone})::date`.execute(db);
    expect(refreshed.learningDays).toBe(today.rows[0]!.n);
    const incremental = await summary();
    const rebuilt = await refreshOrganisation(tenant(), timeZone, { rebuild: true });
    expect(rebuilt.learningDays).toBeGreaterThan(refreshed.learningDays * 5);
    expect(incremental).toEqual(await summary());
  });

  it('leaves the planner knowing the summary tables after a rebuild (autovacuum may never come)', async () => {
    const counts = () =>
      sql<{ relname: string; reltuples: number }>`SELECT relname, reltuples::float8 AS reltuples FROM pg_class
        WHERE relname IN ('insight_learning_days', 'insight_learning_months') ORDER BY relname`.execute(db);
    await sql`TRUNCATE insight_learning_months`.execute(db);
    await sql`ANALYZE insight_learning_months`.execute(db);
    expect((await counts()).rows.find((row) => row.relname === 'insight_learning_months')!.reltuples).toBe(0);
    const rebuilt = await refreshOrganisation(tenant(), await organisationTimeZone(db, org.organisation.id), {
      rebuild: true,
    });
    expect(rebuilt.isLarge).toBe(true);
    for (const row of (await counts()).rows) expect(row.reltuples).toBeGreaterThan(0);
  });
});
