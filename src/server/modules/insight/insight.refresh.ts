import { type RawBuilder, sql } from 'kysely';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { learningRecordFacts } from '../catalogue/index.ts';
import { learningTimeFacts } from '../learning-time/index.ts';
import { organisationTimeZone } from '../organisations/index.ts';
import { statementFacts } from '../xapi/index.ts';
import { rollUpItems, rollUpLearning } from './insight.refresh-rollups.ts';

// The summary tables (docs/INSIGHT.md): every 15 minutes the days touched since the last refresh are
// recomputed from the sources; every night everything is rebuilt, which also catches what a watermark
// cannot see (deleted learning time, a reopened item, someone moving unit).

/** Rows committed a little after they were stamped are read again next time (recomputing is idempotent). */
const overlapMs = 5 * 60_000;

type ItemKeys = { days: string[]; kinds: string[]; ids: string[] };

export type RefreshResult = { rebuilt: boolean; learningDays: number; itemDays: number; isLarge: boolean };

/**
 * The planner's counts of the summary tables after a rebuild or a large catch-up: until autovacuum gets
 * there (it never does on PGlite, and it may be off) they are far off, and the dashboards' joins then
 * loop over a year of rows for minutes instead of hashing them in a second (bench --only insight).
 */
const analyseSummaries = sql`ANALYZE insight_learning_days, insight_item_days, insight_learning_months, insight_item_months`;
const largeChange = 10_000;

const onDays = (column: RawBuilder<unknown>, days: string[] | null) =>
  days ? sql`${column} = ANY(${days}::date[])` : sql`TRUE`;

/** Refreshes one organisation's summary tables; `rebuild` recomputes every day. */
export async function refreshOrganisation(
  tenant: TenantDb,
  timeZone: string,
  options: { rebuild?: boolean; analyse?: boolean } = {},
): Promise<RefreshResult> {
  return tenant.transaction(async (tx) => {
    const org = tx.organisationId;
    const run = <T>(query: RawBuilder<T>) => query.execute(tx.executor);
    // One refresh per organisation at a time: the job and a rebuild could otherwise interleave.
    await run(sql`SELECT pg_advisory_xact_lock(hashtext('insight.refresh'), hashtext(${org}))`);
    // Grouping a year of rows: memory not to spill to disk, and no JIT (it compiles longer than it saves).
    await run(sql`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`);
    const state = await tx.selectFrom('insight_refresh_state').selectAll().executeTakeFirst();
    const now = (await run(sql<{ now: Date }>`SELECT now() AS now`)).rows[0]!.now;
    const rebuild = Boolean(options.rebuild) || !state;
    const since = state && !rebuild ? new Date(state.refreshed_at.getTime() - overlapMs) : null;
    const records = learningRecordFacts(org, timeZone);
    const time = learningTimeFacts(org);

    let learnDays: string[] | null = null;
    let itemKeys: ItemKeys | null = null;
    if (since) {
      const sinceDay = sql`(${since}::timestamptz AT TIME ZONE ${timeZone})::date`;
      const changed = await run(sql<{ learn: string[] | null }>`
        WITH records AS (${records}), moved AS (SELECT * FROM records WHERE changed_at >= ${since})
        SELECT array_agg(DISTINCT d::text) AS learn FROM (
             SELECT started_on AS d FROM moved WHERE started_on >= ${sinceDay}
             UNION SELECT completed_on FROM moved WHERE completed_on >= ${sinceDay}
             UNION SELECT day FROM (${time}) t WHERE changed_at >= ${since}
             UNION SELECT day FROM (${statementFacts(org, timeZone, since)}) s) x`);
      learnDays = changed.rows[0]?.learn ?? [];
      // Item rows are redone per day × subject a moved record counts on: a completion today redoes its
      // subject's row of the day it was started (its "finished of started"), not that whole day.
      const keys = await run(sql<{ day: string; subject_kind: string; subject_id: string }>`
        WITH records AS (${records}), moved AS (SELECT * FROM records WHERE changed_at >= ${since})
        SELECT started_on::text AS day, subject_kind, subject_id FROM moved
        UNION SELECT completed_on::text, subject_kind, subject_id FROM moved WHERE completed_on IS NOT NULL`);
      itemKeys = {
        days: keys.rows.map((row) => row.day),
        kinds: keys.rows.map((row) => row.subject_kind),
        ids: keys.rows.map((row) => row.subject_id),
      };
    }

    let learningDays = 0;
    if (learnDays === null || learnDays.length) {
      // Statements are read from the first day to redo on (the stored index), not from the beginning.
      const storedFrom = learnDays
        ? (
            await run(
              sql<{
                at: Date;
              }>`SELECT (min(d)::timestamp AT TIME ZONE ${timeZone}) AS at FROM unnest(${learnDays}::date[]) d`,
            )
          ).rows[0]!.at
        : null;
      await run(
        sql`DELETE FROM insight_learning_days WHERE organisation_id = ${org} AND ${onDays(sql`day`, learnDays)}`,
      );
      const inserted = await run(sql`
        WITH records AS (${records})
        INSERT INTO insight_learning_days
          (organisation_id, day, person_id, org_unit_id, minutes, started, completed, statements)
        SELECT ${org}, a.day, a.person_id, p.org_unit_id,
               sum(a.minutes), sum(a.started), sum(a.completed), sum(a.statements)
          FROM (
            SELECT person_id, started_on AS day, 0 AS minutes, 1 AS started, 0 AS completed, 0 AS statements
              FROM records WHERE ${onDays(sql`started_on`, learnDays)}
            UNION ALL
            SELECT person_id, completed_on, 0, 0, 1, 0
              FROM records WHERE completed_on IS NOT NULL AND ${onDays(sql`completed_on`, learnDays)}
            UNION ALL
            SELECT person_id, day, minutes, 0, 0, 0 FROM (${time}) t WHERE ${onDays(sql`day`, learnDays)}
            UNION ALL
            SELECT person_id, day, 0, 0, 0, statements
              FROM (${statementFacts(org, timeZone, storedFrom)}) s WHERE ${onDays(sql`day`, learnDays)}
          ) a
          JOIN people p ON p.organisation_id = ${org} AND p.id = a.person_id
         GROUP BY a.day, a.person_id, p.org_unit_id`);
      learningDays = Number(inserted.numAffectedRows ?? 0);
      await rollUpLearning(run, org, learnDays);
    }

    let itemRows = 0;
    if (itemKeys === null || itemKeys.days.length) {
      // The day × subject pairs to redo (every row on a rebuild).
      const keyed = (day: RawBuilder<unknown>) =>
        itemKeys ? sql`(${day}, subject_kind, subject_id) IN (SELECT * FROM keys)` : sql`TRUE`;
      const keys = itemKeys
        ? sql`keys AS (SELECT * FROM unnest(${itemKeys.days}::date[], ${itemKeys.kinds}::text[],
            ${itemKeys.ids}::uuid[]) AS k(day, subject_kind, subject_id))`
        : null;
      await run(sql`${keys ? sql`WITH ${keys}` : sql``}
        DELETE FROM insight_item_days WHERE organisation_id = ${org} AND ${keyed(sql`day`)}`);
      const inserted = await run(sql`
        WITH records AS (${records}) ${keys ? sql`, ${keys}` : sql``}
        INSERT INTO insight_item_days
          (organisation_id, day, org_unit_id, subject_kind, subject_id, started, finished_of_started, completed)
        SELECT ${org}, x.day, p.org_unit_id, x.subject_kind, x.subject_id,
               sum(x.started), sum(x.finished), sum(x.completed)
          FROM (
            SELECT person_id, started_on AS day, subject_kind, subject_id,
                   1 AS started, (completed_on IS NOT NULL)::int AS finished, 0 AS completed
              FROM records WHERE ${keyed(sql`started_on`)}
            UNION ALL
            SELECT person_id, completed_on, subject_kind, subject_id, 0, 0, 1
              FROM records WHERE completed_on IS NOT NULL AND ${keyed(sql`completed_on`)}
          ) x
          JOIN people p ON p.organisation_id = ${org} AND p.id = x.person_id
         GROUP BY x.day, p.org_unit_id, x.subject_kind, x.subject_id`);
      itemRows = Number(inserted.numAffectedRows ?? 0);
      await rollUpItems(run, org, itemKeys);
    }

    const days = learnDays === null ? -1 : new Set([...learnDays, ...(itemKeys?.days ?? [])]).size;
    await run(sql`
      INSERT INTO insight_refresh_state (organisation_id, refreshed_at, rebuilt_at, days_refreshed)
      VALUES (${org}, ${now}, ${now}, ${days})
      ON CONFLICT (organisation_id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at,
        days_refreshed = EXCLUDED.days_refreshed,
        rebuilt_at = CASE WHEN ${rebuild} THEN EXCLUDED.rebuilt_at ELSE insight_refresh_state.rebuilt_at END`);
    const isLarge = rebuild || learningDays + itemRows > largeChange;
    if (isLarge && options.analyse !== false) await run(analyseSummaries);
    return { rebuilt: rebuild, learningDays, itemDays: itemRows, isLarge };
  });
}

/** The job: every organisation, incrementally (or rebuilt, at night). */
export async function refreshAll({ db }: Pick<ModuleDeps, 'db'>, options: { rebuild?: boolean } = {}) {
  const organisations = await db.selectFrom('organisations').select('id').execute();
  const results: Record<string, RefreshResult> = {};
  for (const { id } of organisations) {
    results[id] = await refreshOrganisation(forOrganisation(db, id), await organisationTimeZone(db, id), {
      ...options,
      analyse: false,
    });
  }
  // Once for all organisations, not once each.
  if (Object.values(results).some((result) => result.isLarge)) await analyseSummaries.execute(db);
  return results;
}
