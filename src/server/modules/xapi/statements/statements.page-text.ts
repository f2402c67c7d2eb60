import { CompiledQuery, sql } from 'kysely';
import { compileWith, prepared, shapeName, standIn } from '../../../db/prepared.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { pageLimit } from './statements.params.ts';
import { hasContentFilter, quickPage, type StatementFilter, type StatementPage } from './statements.query.ts';

// The default page (format `exact`, no attachments) written out by the database as one text. Its SQL
// depends only on the page's shape (which filters are given, their flags, the direction), so it is
// built and compiled once per shape and run as a named prepared statement with the page's values:
// building and compiling it per request cost more than running it (0.8 of 1.5 ms on PGlite).

/** A page as the JSON texts of its statements (as readBackText writes them), joined by commas. */
export type TextPage = {
  statements: string;
  count: number;
  hasMore: boolean;
  lastSeq?: number;
  latest?: Date;
};

type TextRow = {
  has_refs: boolean | null;
  found: number;
  statements: string | null;
  last_seq: number | string | null;
  latest: Date | null;
};

// readBackText in SQL: `stored` (and `timestamp` when none was sent) spliced before the last brace,
// written as toISOString writes it (stored is kept to the millisecond).
const readBackSql = sql`left(q.statement_text, -1)
  || CASE WHEN q.has_timestamp THEN '' ELSE ',"timestamp":"' || q.iso || '"' END
  || ',"stored":"' || q.iso || '"}'`;

/** The filter values a page's SQL takes; the rest of the filter (two flags) is part of its shape. */
const valueKeys = [
  'agentKey',
  'verbId',
  'activityKey',
  'registration',
  'since',
  'until',
  'credentialId',
  'personId',
] as const satisfies readonly (keyof StatementFilter)[];

/**
 * Page sizes written into the SQL as they are. With the limit a value, PostgreSQL cannot cost a generic
 * plan (it guesses a tenth of the table) and plans every page again (~0.9 ms on PGlite, more than
 * running it); with a known limit it keeps one plan. Other sizes are a value, planned per page.
 */
const knownLimits = new Set([10, 20, 25, 50, 100, pageLimit]);

const shapeOf = (page: StatementPage) =>
  [
    knownLimits.has(page.limit) ? page.limit : 'limit',
    ...valueKeys.map((key) => (page.filter[key] === undefined ? '-' : key)),
    page.filter.relatedAgents ? 'related-agents' : '',
    page.filter.relatedActivities ? 'related-activities' : '',
    page.ascending ? 'asc' : 'desc',
    page.after === undefined ? '' : 'after',
  ].join(',');

function compileShape(tenant: TenantDb, page: StatementPage) {
  // The page with a stand-in for each value (compileWith swaps the real ones in per request).
  const filter: StatementFilter = {
    relatedAgents: page.filter.relatedAgents,
    relatedActivities: page.filter.relatedActivities,
  };
  for (const key of valueKeys) if (page.filter[key] !== undefined) filter[key] = standIn(key);
  const shape: StatementPage = {
    filter,
    // A RawBuilder where the builders write the limit (see knownLimits).
    limit: (knownLimits.has(page.limit) ? sql.lit(page.limit) : standIn('limit')) as unknown as number,
    ascending: page.ascending,
    after: page.after === undefined ? undefined : (standIn('after') as unknown as number),
  };
  const limit = shape.limit;
  const direction = page.ascending ? sql`ASC` : sql`DESC`;
  const compiled = sql<TextRow>`
    SELECT bool_or(q.has_refs) AS has_refs, count(q.seq)::int AS found,
      string_agg(${readBackSql}, ',' ORDER BY q.seq ${direction}) FILTER (WHERE q.n <= ${limit}) AS statements,
      (array_agg(q.seq ORDER BY q.seq ${direction}) FILTER (WHERE q.n <= ${limit}))[${limit}] AS last_seq,
      max(q.stored) FILTER (WHERE q.n <= ${limit}) AS latest
    FROM (
      SELECT quick.*, row_number() OVER (ORDER BY quick.seq ${direction}) AS n,
        to_char(quick.stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS iso
      FROM (${quickPage(standIn('organisation'), shape)}) quick
    ) q`.compile(tenant.executor);
  return {
    name: shapeName('xapi.page', compiled.sql),
    statement: compileWith(compiled),
  };
}

/**
 * Compiled page SQL by shape, each a prepared statement on every connection that ran it. Tools use a
 * few shapes; a client trying every combination of filters could make thousands, so past this many a
 * shape is compiled per page and not prepared (memory on the database stays bounded).
 */
const shapes = new Map<string, ReturnType<typeof compileShape>>();
const mostShapes = 64;

/**
 * The page written out by the database as one text, for the default (exact) format: one value to
 * read instead of a row per statement, nothing parsed or spliced in the app (on PGlite, which shares
 * the app's thread, a quarter less time per page). Null when a statement in range references another
 * (then findStatements, which follows references, answers).
 */
export async function findStatementsText(tenant: TenantDb, page: StatementPage): Promise<TextPage | null> {
  if (!hasContentFilter(page.filter)) return null;
  const key = shapeOf(page);
  let shape = shapes.get(key);
  const kept = shape !== undefined || shapes.size < mostShapes;
  if (!shape) {
    shape = compileShape(tenant, page);
    if (kept) shapes.set(key, shape);
  }
  const values: Record<string, unknown> = {
    organisation: tenant.organisationId,
    limit: page.limit,
    after: page.after,
  };
  for (const name of valueKeys) values[name] = page.filter[name];
  const { sql: text, parameters } = shape.statement;
  const result = await tenant.executor.executeQuery(
    kept
      ? prepared<TextRow>(shape.name, text, parameters(values))
      : (CompiledQuery.raw(text, parameters(values)) as CompiledQuery<TextRow>),
  );
  const row = result.rows[0]!;
  if (row.has_refs) return null;
  const count = Math.min(row.found, page.limit);
  return {
    statements: row.statements ?? '',
    count,
    hasMore: row.found > page.limit,
    lastSeq: row.last_seq === null ? undefined : Number(row.last_seq),
    latest: row.latest ?? undefined,
  };
}
