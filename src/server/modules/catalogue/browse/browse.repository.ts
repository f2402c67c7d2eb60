import { type RawBuilder, sql } from 'kysely';
import type { Locale } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { topicsOf } from '../catalogue.links.ts';
import { presentCover } from '../content/covers.service.ts';
import { catalogueRevision, remembered } from './browse.cache.ts';
import type { BrowseQuery, CatalogueEntry } from './browse.schemas.ts';

type EntryRow = {
  type: 'content' | 'course' | 'path';
  id: string;
  language: Locale;
  title: string;
  summary: string;
  format: CatalogueEntry['format'];
  duration_minutes: number | null;
  published_at: Date | null;
  cover_file_id: string | null;
  cover_alt: string | null;
  total: string;
};

const newDays = 30;
// Similarity to a whole word of the text a query needs to count as a typo of it: low enough for a swapped
// pair of letters ("mondzrog" ~ "mondzorg" is 0.38), high enough to keep unrelated words out.
const typoTolerance = 0.35;

/** Everything published, one row per item (in the wanted language when it has one), course and path. */
/**
 * A search condition on one table alias, written so PostgreSQL can answer it from the indexes: the
 * full-text match with a constant configuration per language (GIN on search_vector) or a substring
 * (GIN trigram on search_text); or, fuzzy, a typo (`<<%`: similar to a whole word, same trigram index).
 */
function matches(alias: string, q: string, isFuzzy: boolean) {
  const a = sql.raw(alias);
  if (isFuzzy) return sql`AND fold_text(${q}) <<% ${a}.search_text`;
  return sql`AND ((${a}.language = 'nl' AND ${a}.search_vector @@ websearch_to_tsquery('dutch', ${q}))
    OR (${a}.language = 'en' AND ${a}.search_vector @@ websearch_to_tsquery('english', ${q}))
    OR ${a}.search_text LIKE '%' || fold_text(${q.replace(/[\\%_]/g, '\\$&')}) || '%')`;
}

export function publishedEntries(
  organisationId: string,
  preferred: Locale,
  onlyLanguage?: Locale,
  q?: string,
  isFuzzy = false,
) {
  const languageFilter = onlyLanguage ? sql`AND v.language = ${onlyLanguage}` : sql``;
  const match = (alias: string) => (q ? matches(alias, q, isFuzzy) : sql``);
  return sql`(
    (SELECT DISTINCT ON (i.id) 'content'::text AS type, i.id, v.language, v.title, v.summary, i.kind AS format,
       i.duration_minutes, i.published_at, i.cover_file_id, i.cover_alt, v.search_vector, v.search_text
     FROM content_items i
     JOIN content_versions v ON v.organisation_id = i.organisation_id AND v.item_id = i.id
     WHERE i.organisation_id = ${organisationId} AND i.status = 'published' ${languageFilter} ${match('v')}
     ORDER BY i.id, (v.language = ${preferred}) DESC)
    UNION ALL
    SELECT 'course', c.id, c.language, c.title, c.summary, 'course',
       (SELECT sum(ci.duration_minutes)::int FROM course_modules m
        JOIN content_items ci ON ci.organisation_id = m.organisation_id AND ci.id = m.content_id
        WHERE m.organisation_id = c.organisation_id AND m.course_id = c.id),
       c.published_at, c.cover_file_id, c.cover_alt, c.search_vector, c.search_text
    FROM courses c
    WHERE c.organisation_id = ${organisationId} AND c.status = 'published' ${match('c')}
      ${onlyLanguage ? sql`AND c.language = ${onlyLanguage}` : sql``}
    UNION ALL
    SELECT 'path', p.id, p.language, p.title, p.summary, 'path', NULL::int, p.published_at, p.cover_file_id, p.cover_alt,
      p.search_vector, p.search_text
    FROM learning_paths p
    WHERE p.organisation_id = ${organisationId} AND p.status = 'published' ${match('p')}
      ${onlyLanguage ? sql`AND p.language = ${onlyLanguage}` : sql``}
  )`;
}

/**
 * Catalogue search: full text with the Dutch or English configuration of each entry's language and
 * substrings; when those find nothing, trigram similarity to whole words so "leidreschap" still finds
 * "leiderschap".
 */
export async function browseCatalogue(
  tenant: TenantDb,
  query: BrowseQuery & { preferredFormat?: string | null },
  locale: Locale,
): Promise<{ rows: Omit<EntryRow, 'total'>[]; total: number; topics: Map<string, string[]> }> {
  // "New" moves with the clock, and a transaction may see catalogue changes nobody else sees yet.
  if (query.isNew || tenant.executor.isTransaction) return searchCatalogue(tenant, query, locale);
  const revision = await catalogueRevision(tenant);
  return remembered(JSON.stringify(['browse', tenant.organisationId, revision, locale, query]), () =>
    searchCatalogue(tenant, query, locale),
  );
}

async function searchCatalogue(
  tenant: TenantDb,
  query: BrowseQuery & { preferredFormat?: string | null },
  locale: Locale,
) {
  // Without search words, the learner's preferred format comes first (they said how they like to learn).
  const preferred = query.preferredFormat ? sql`(e.format = ${query.preferredFormat}) DESC, ` : sql``;
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  const q = query.q?.trim();
  const tsQuery = sql`websearch_to_tsquery(CASE e.language WHEN 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, ${q ?? ''})`;
  if (query.format?.length) conditions.push(sql`e.format IN (${sql.join(query.format)})`);
  if (query.maxMinutes) conditions.push(sql`e.duration_minutes <= ${query.maxMinutes}`);
  if (query.isNew) conditions.push(sql`e.published_at > now() - make_interval(days => ${newDays})`);
  if (query.topic)
    conditions.push(sql`EXISTS (SELECT 1 FROM learning_links l WHERE l.organisation_id = ${tenant.organisationId}
      AND l.subject_kind = e.type AND l.subject_id = e.id AND l.target_kind = 'topic'
      AND fold_text(l.label) = fold_text(${query.topic}))`);
  if (query.skillId)
    conditions.push(sql`EXISTS (SELECT 1 FROM learning_links l WHERE l.organisation_id = ${tenant.organisationId}
      AND l.subject_kind = e.type AND l.subject_id = e.id AND l.target_kind = 'skill'
      AND l.target_id = ${query.skillId}::uuid)`);
  const order = {
    relevance: q
      ? sql`ts_rank(e.search_vector, ${tsQuery}) + strict_word_similarity(fold_text(${q}), e.search_text) DESC, e.title`
      : sql`${preferred}e.published_at DESC NULLS LAST, e.title`,
    newest: sql`e.published_at DESC NULLS LAST, e.title`,
    title: sql`fold_text(e.title), e.id`,
    shortest: sql`e.duration_minutes ASC NULLS LAST, e.title`,
  }[query.sort];
  const run = (isFuzzy: boolean) =>
    tenant.transaction(async (trx) => {
      // The typo threshold for `<<%`, for this transaction only (the default 0.5 misses swapped letters).
      if (isFuzzy)
        await sql`SELECT set_config('pg_trgm.strict_word_similarity_threshold', ${String(typoTolerance)}, true)`.execute(
          trx.executor,
        );
      return sql<EntryRow>`
    SELECT e.type, e.id, e.language, e.title, e.summary, e.format, e.duration_minutes, e.published_at,
      e.cover_file_id, e.cover_alt, count(*) OVER () AS total
    FROM ${publishedEntries(tenant.organisationId, query.language ?? locale, query.language, q, isFuzzy)} e
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${order}, e.id
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(trx.executor);
    });
  // Words as typed first (full text and substrings, cheap on the indexes); only when that finds
  // nothing, typo tolerance: similar whole words ("mondzrog" finds "mondzorg").
  let result = await run(false);
  if (q && result.rows.length === 0 && query.page === 1) result = await run(true);
  const rows = result.rows.map(({ total: _total, ...row }) => row);
  return { rows, total: Number(result.rows[0]?.total ?? 0), topics: await entryTopics(tenant, rows) };
}

/** Topic labels of entry rows, keyed `type:id`. */
async function entryTopics(tenant: TenantDb, rows: Pick<EntryRow, 'type' | 'id'>[]) {
  const idsOf = (type: EntryRow['type']) => rows.filter((row) => row.type === type).map((row) => row.id);
  const topics = new Map<string, string[]>();
  for (const type of ['content', 'course', 'path'] as const)
    for (const [id, labels] of await topicsOf(tenant, type, idsOf(type))) topics.set(`${type}:${id}`, labels);
  return topics;
}

/** Adds topics (unless the caller has them), the person's enrolment and the average rating to entry rows. */
export async function decorateEntries(
  tenant: TenantDb,
  personId: string,
  rows: Omit<EntryRow, 'total'>[],
  options: { now: Date; topics?: Map<string, string[]> },
): Promise<CatalogueEntry[]> {
  const topics = options.topics ?? (await entryTopics(tenant, rows));
  const ids = rows.map((row) => row.id);
  const enrolments = ids.length
    ? await tenant
        .selectFrom('enrolments')
        .select(['subject_kind', 'subject_id', 'completed_at', 'due_date'])
        .where('person_id', '=', personId)
        .where('subject_id', 'in', ids)
        .execute()
    : [];
  const ratings = ids.length
    ? await tenant
        .selectFrom('ratings')
        .select(['subject_kind', 'subject_id', sql<string>`avg(stars)`.as('average')])
        .where('subject_id', 'in', ids)
        .groupBy(['subject_kind', 'subject_id'])
        .execute()
    : [];
  const newSince = options.now.getTime() - newDays * 86400_000;
  return rows.map((row) => {
    const enrolment = enrolments.find((e) => e.subject_kind === row.type && e.subject_id === row.id);
    const rating = ratings.find((r) => r.subject_kind === row.type && r.subject_id === row.id);
    return {
      type: row.type,
      id: row.id,
      format: row.format,
      title: row.title,
      summary: row.summary,
      language: row.language,
      durationMinutes: row.duration_minutes,
      publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
      isNew: row.published_at ? new Date(row.published_at).getTime() > newSince : false,
      topics: topics.get(`${row.type}:${row.id}`) ?? [],
      enrolment: enrolment
        ? { status: enrolment.completed_at ? 'completed' : 'enrolled', dueDate: enrolment.due_date }
        : null,
      averageStars: rating ? Math.round(Number(rating.average) * 10) / 10 : null,
      cover: presentCover(row),
    };
  });
}

/**
 * "For you": published entries tagged with topics the person follows, and what colleagues with the
 * same job title finished, leaving out what the person already has.
 */
export async function entriesForYou(
  tenant: TenantDb,
  personId: string,
  locale: Locale,
  options: { limit?: number; preferredFormat?: string | null } = {},
) {
  const org = tenant.organisationId;
  const limit = options.limit ?? 8;
  const format = options.preferredFormat ?? null;
  const result = await sql<Omit<EntryRow, 'total'>>`
    WITH me AS (SELECT job_title, org_unit_id FROM people WHERE organisation_id = ${org} AND id = ${personId}),
    followed AS (
      SELECT l.subject_kind AS type, l.subject_id AS id, 2 AS weight
      FROM learning_links l JOIN topic_follows f
        ON f.organisation_id = l.organisation_id AND fold_text(f.label) = fold_text(l.label)
      WHERE l.organisation_id = ${org} AND f.person_id = ${personId} AND l.target_kind = 'topic'
    ),
    colleagues AS (
      SELECT en.subject_kind AS type, en.subject_id AS id, 1 AS weight
      FROM enrolments en JOIN people p ON p.organisation_id = en.organisation_id AND p.id = en.person_id
      WHERE en.organisation_id = ${org} AND en.completed_at IS NOT NULL AND p.id <> ${personId}
        AND (p.job_title = (SELECT job_title FROM me) OR p.org_unit_id = (SELECT org_unit_id FROM me))
    ),
    preferred AS (
      SELECT p.type, p.id, 1 AS weight FROM ${publishedEntries(org, locale)} p WHERE p.format = ${format}
    ),
    scored AS (
      SELECT type, id, sum(weight) AS score
      FROM (SELECT * FROM followed UNION ALL SELECT * FROM colleagues UNION ALL SELECT * FROM preferred) s
      GROUP BY type, id
    )
    SELECT e.type, e.id, e.language, e.title, e.summary, e.format, e.duration_minutes, e.published_at,
      e.cover_file_id, e.cover_alt
    FROM ${publishedEntries(org, locale)} e
    JOIN scored s ON s.type = e.type AND s.id = e.id
    WHERE NOT EXISTS (SELECT 1 FROM enrolments mine WHERE mine.organisation_id = ${org}
      AND mine.person_id = ${personId} AND mine.subject_kind = e.type AND mine.subject_id = e.id)
    ORDER BY (e.format = ${format}) IS TRUE DESC, s.score DESC, e.published_at DESC NULLS LAST, e.id
    LIMIT ${limit}`.execute(tenant.executor);
  return result.rows;
}

/** Topics of published learning with how often they are used; only catalogue tables, so remembered. */
export async function topicCounts(tenant: TenantDb) {
  if (tenant.executor.isTransaction) return countTopics(tenant);
  const revision = await catalogueRevision(tenant);
  return remembered(JSON.stringify(['topics', tenant.organisationId, revision]), () => countTopics(tenant));
}

/** The topics a person follows, by label. */
export async function followedTopics(tenant: TenantDb, personId: string) {
  const rows = await tenant
    .selectFrom('topic_follows')
    .select('label')
    .where('person_id', '=', personId)
    .orderBy('label')
    .execute();
  return rows.map((row) => row.label);
}

export async function replaceFollowedTopics(tenant: TenantDb, personId: string, labels: string[]) {
  await tenant.deleteFrom('topic_follows').where('person_id', '=', personId).execute();
  if (labels.length)
    await tenant
      .insertInto(
        'topic_follows',
        labels.map((label) => ({ person_id: personId, label })),
      )
      .execute();
}

async function countTopics(tenant: TenantDb) {
  const result = await sql<{ label: string; count: string }>`
    SELECT min(l.label) AS label, count(*) AS count FROM learning_links l
    WHERE l.organisation_id = ${tenant.organisationId} AND l.target_kind = 'topic' AND (
      (l.subject_kind = 'content' AND EXISTS (SELECT 1 FROM content_items i WHERE i.organisation_id = l.organisation_id AND i.id = l.subject_id AND i.status = 'published'))
      OR (l.subject_kind = 'course' AND EXISTS (SELECT 1 FROM courses c WHERE c.organisation_id = l.organisation_id AND c.id = l.subject_id AND c.status = 'published'))
      OR (l.subject_kind = 'path' AND EXISTS (SELECT 1 FROM learning_paths p WHERE p.organisation_id = l.organisation_id AND p.id = l.subject_id AND p.status = 'published')))
    GROUP BY fold_text(l.label) ORDER BY count(*) DESC, min(l.label) LIMIT 100`.execute(tenant.executor);
  return result.rows.map((row) => ({ label: row.label, count: Number(row.count) }));
}
