import { type RawBuilder, sql } from 'kysely';

// The month rollups (migration 0332) follow the day tables inside the same refresh: a rebuild rolls every
// day up again; an incremental refresh redoes only the month rows the redone day rows fall in.

type Run = <T>(query: RawBuilder<T>) => Promise<unknown>;

/** Bit of a day in its month's `days` mask. */
const dayBit = (day: RawBuilder<unknown>) => sql`(1 << (extract(day FROM ${day})::int - 1))`;
const monthOf = (day: RawBuilder<unknown>) => sql`date_trunc('month', ${day})::date`;

/**
 * Learning months of the person-months with a day row on one of `days` before or after the days were
 * redone (`null`: all of them). Run after the day rows are written, before anything else reads the months.
 */
export async function rollUpLearning(run: Run, org: string, days: string[] | null) {
  if (!days) {
    await run(sql`DELETE FROM insight_learning_months WHERE organisation_id = ${org}`);
    await run(sql`
      INSERT INTO insight_learning_months (organisation_id, month, person_id, org_unit_id, days, minutes, completed)
      SELECT ${org}, ${monthOf(sql`day`)}, person_id, org_unit_id, bit_or(${dayBit(sql`day`)}), sum(minutes), sum(completed)
        FROM insight_learning_days WHERE organisation_id = ${org}
       GROUP BY ${monthOf(sql`day`)}, person_id, org_unit_id`);
    return;
  }
  if (!days.length) return;
  // The months still describe the old day rows: their bits say who had a row on a redone day. One
  // statement, so the old rows are read, deleted and replaced on one snapshot.
  await run(sql`
    WITH changed AS (SELECT d::date AS day FROM unnest(${days}::date[]) d),
    affected AS (
      SELECT m.month, m.person_id FROM insight_learning_months m
        JOIN changed c ON m.month = ${monthOf(sql`c.day`)} AND m.days & ${dayBit(sql`c.day`)} <> 0
       WHERE m.organisation_id = ${org}
      UNION
      SELECT ${monthOf(sql`d.day`)}, d.person_id FROM insight_learning_days d
       WHERE d.organisation_id = ${org} AND d.day IN (SELECT day FROM changed)),
    gone AS (
      DELETE FROM insight_learning_months m USING affected a
       WHERE m.organisation_id = ${org} AND m.month = a.month AND m.person_id = a.person_id)
    INSERT INTO insight_learning_months (organisation_id, month, person_id, org_unit_id, days, minutes, completed)
    SELECT ${org}, a.month, d.person_id, d.org_unit_id, bit_or(${dayBit(sql`d.day`)}), sum(d.minutes), sum(d.completed)
      FROM affected a
      -- A person-month's own day rows (the person index), not a hash of every day row (OFFSET 0 keeps
      -- the planner from flattening the lateral read into one).
      CROSS JOIN LATERAL (
        SELECT * FROM insight_learning_days d WHERE d.organisation_id = ${org} AND d.person_id = a.person_id
           AND d.day >= a.month AND d.day < (a.month + interval '1 month')::date OFFSET 0) d
     GROUP BY a.month, d.person_id, d.org_unit_id`);
}

/** Item months of the subjects and months of `keys` (day × subject redone; `null`: all of them). */
export async function rollUpItems(
  run: Run,
  org: string,
  keys: { days: string[]; kinds: string[]; ids: string[] } | null,
) {
  const columns = sql`(organisation_id, month, org_unit_id, subject_kind, subject_id, days, started, finished_of_started, completed)`;
  const rolled = sql`bit_or(${dayBit(sql`d.day`)}), sum(d.started), sum(d.finished_of_started), sum(d.completed)`;
  if (!keys) {
    await run(sql`DELETE FROM insight_item_months WHERE organisation_id = ${org}`);
    await run(sql`
      INSERT INTO insight_item_months ${columns}
      SELECT ${org}, ${monthOf(sql`d.day`)}, d.org_unit_id, d.subject_kind, d.subject_id, ${rolled}
        FROM insight_item_days d WHERE d.organisation_id = ${org}
       GROUP BY ${monthOf(sql`d.day`)}, d.org_unit_id, d.subject_kind, d.subject_id`);
    return;
  }
  if (!keys.days.length) return;
  await run(sql`
    WITH affected AS (
      SELECT DISTINCT ${monthOf(sql`k.day`)} AS month, k.subject_kind, k.subject_id
        FROM unnest(${keys.days}::date[], ${keys.kinds}::text[], ${keys.ids}::uuid[]) AS k(day, subject_kind, subject_id)),
    gone AS (
      DELETE FROM insight_item_months m USING affected a
       WHERE m.organisation_id = ${org} AND m.month = a.month
         AND m.subject_kind = a.subject_kind AND m.subject_id = a.subject_id)
    INSERT INTO insight_item_months ${columns}
    SELECT ${org}, a.month, d.org_unit_id, d.subject_kind, d.subject_id, ${rolled}
      FROM affected a
      CROSS JOIN LATERAL (
        SELECT * FROM insight_item_days d WHERE d.organisation_id = ${org} AND d.subject_kind = a.subject_kind
           AND d.subject_id = a.subject_id AND d.day >= a.month AND d.day < (a.month + interval '1 month')::date
        OFFSET 0) d
     GROUP BY a.month, d.org_unit_id, d.subject_kind, d.subject_id`);
}
