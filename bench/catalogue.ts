// Catalogue figures for `npm run bench`: search over 5,000 published items, "Mijn leren" for a person
// with 200 enrolments, and progress writes while the statement store already holds many statements.
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database.ts';

const topics = [
  'Mondzorg',
  'Valpreventie',
  'Dementie',
  'Leiderschap',
  'Medicatie',
  'Hygiëne',
  'Wondzorg',
  'Palliatieve zorg',
  'Communicatie',
  'Rapporteren',
  'Privacy',
  'Veiligheid',
  'Vitaliteit',
  'Onboarding',
  'Roosteren',
  'Feedback',
  'Samenwerken',
  'Ethiek',
  'Diversiteit',
  'Digitale vaardigheden',
];
const angles = [
  'voor beginners',
  'in de praktijk',
  'bij ouderen',
  'in de wijk',
  'op de afdeling',
  'voor teamleiders',
  'in vijf minuten',
  'verdieping',
  'de basis',
  'opfriscursus',
  'met casussen',
  'voor stagiairs',
];

// What people type: whole words, a stem, a typo, two words, a word from the summary.
export const catalogueSearches = [
  'dementie',
  'leiderschap',
  'leidreschap',
  'mondzrog',
  'wondzorg in de wijk',
  'hygiene',
  'medicatie ouderen',
  'privacy',
  'teamleiders',
  'palliatief',
  'valpreventie',
  'digitale',
  'onboarding',
  'casussen',
  'roosteren',
  'feedback geven',
];

// Parenthesised so a subscript can follow: (ARRAY['a','b'])[1].
const literal = (values: string[]) =>
  sql.raw(`(ARRAY[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(',')}])`);

export type SeededCatalogue = {
  items: number;
  enrolments: number;
  seconds: number;
  itemIds: string[];
};

/** Bulk-inserts the catalogue, the person's enrolments and the statement store (setup, not measured). */
export async function seedCatalogue(
  db: Db,
  options: {
    organisationId: string;
    personId: string;
    items: number;
    enrolments: number;
  },
): Promise<SeededCatalogue> {
  const started = performance.now();
  const { organisationId: org, personId } = options;
  // Deterministic ids that are valid version-4 uuids (the API checks the format on the way out).
  const id = (prefix: string, i: unknown) =>
    sql`overlay(overlay(md5(${prefix} || (${i})::text) placing '4' from 13) placing '8' from 17)::uuid`;
  await sql`
    INSERT INTO content_items (organisation_id, id, kind, status, duration_minutes, published_at)
    SELECT ${org}, ${id('item', sql`i`)},
      (ARRAY['article','video','audio','document','link','quiz','assignment'])[1 + i % 7],
      'published', 3 + i % 40, now() - (i % 200) * interval '1 day'
    FROM generate_series(1, ${options.items}) i`.execute(db);
  await sql`
    INSERT INTO content_versions (organisation_id, item_id, language, title, summary)
    SELECT ${org}, ${id('item', sql`i`)}, CASE WHEN i % 5 = 0 THEN 'en' ELSE 'nl' END,
      ${literal(topics)}[1 + i % ${topics.length}] || ' ' || ${literal(angles)}[1 + (i / ${topics.length}) % ${angles.length}] || ' ' || i,
      'Over ' || lower(${literal(topics)}[1 + i % ${topics.length}]) || ' ' || ${literal(angles)}[1 + (i / 7) % ${angles.length}] || ': korte module voor zorgmedewerkers.'
    FROM generate_series(1, ${options.items}) i`.execute(db);
  await sql`
    INSERT INTO learning_links (organisation_id, subject_kind, subject_id, target_kind, label)
    SELECT ${org}, 'content', ${id('item', sql`i`)}, 'topic', ${literal(topics)}[1 + i % ${topics.length}]
    FROM generate_series(1, ${options.items}) i`.execute(db);
  await sql`
    INSERT INTO enrolments (organisation_id, person_id, subject_kind, subject_id, source, due_date, last_activity_at, completed_at)
    SELECT ${org}, ${personId}, 'content', ${id('item', sql`i`)}, CASE WHEN i % 3 = 0 THEN 'assigned' ELSE 'self' END,
      CASE WHEN i % 3 = 0 THEN current_date + (i % 60 - 20) END, now() - i * interval '1 hour',
      CASE WHEN i % 4 = 0 THEN now() - i * interval '1 hour' END
    FROM generate_series(1, ${options.enrolments}) i`.execute(db);
  await sql`
    INSERT INTO content_progress (organisation_id, person_id, content_id, percent, position_seconds, completed_at)
    SELECT ${org}, ${personId}, ${id('item', sql`i`)}, CASE WHEN i % 4 = 0 THEN 100 ELSE i % 90 END, i % 300,
      CASE WHEN i % 4 = 0 THEN now() END
    FROM generate_series(1, ${options.enrolments}) i`.execute(db);
  await sql`ANALYZE`.execute(db);
  const itemIds = (
    await sql<{
      id: string;
    }>`SELECT ${id('item', sql`i`)} AS id FROM generate_series(${options.enrolments + 1}::int, ${options.enrolments + 50}::int) i`.execute(
      db,
    )
  ).rows.map((row) => row.id);
  return {
    items: options.items,
    enrolments: options.enrolments,
    seconds: (performance.now() - started) / 1000,
    itemIds,
  };
}
