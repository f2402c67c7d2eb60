// Writes src/server/db/schema.gen.ts, Kysely's table types, with kysely-codegen from an in-memory PGlite
// migrated with migrations/ (no PostgreSQL server needed). With --check it writes nothing and fails when
// the committed file is out of date (CI runs this). Re-run after adding or merging a migration.
import { readFileSync, writeFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import {
  type ColumnMetadata,
  type ExpressionNode,
  type PostgresDB,
  PostgresDialect,
  serializeFromMetadata,
} from 'kysely-codegen';
import { createDatabase, type Db, openPglite } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';

const file = 'src/server/db/schema.gen.ts';

/** Written as JSON text: node-postgres would send a JS array as a PostgreSQL array, not as JSON. */
const jsonText = (shape: string) => `ColumnType<${shape}, string, string>`;

/**
 * The shapes of jsonb columns, which SQL cannot state (others read as codegen's `Json`). Keyed
 * `table.column`; null and the default are added from the schema.
 */
const jsonColumns: Record<string, string> = {
  'audience_rules.criteria': jsonText('unknown'),
  'content_versions.questions': jsonText('unknown[]'),
  'conversation_cycles.template': jsonText('unknown'),
  'conversation_preparations.answers': jsonText('Record<string, string>'),
  'conversation_templates.description': jsonText('{ nl: string; en: string }'),
  'privacy_settings.retention_months': jsonText('Record<string, number>'),
  'conversation_templates.name': jsonText('{ nl: string; en: string }'),
  'conversation_templates.sections': jsonText('unknown'),
  'conversations.ratings': jsonText('Record<string, number>'),
  'core_competencies.behaviours': jsonText('{ level: number; description: string }[]'),
  'core_values.behaviours': jsonText('{ level: number; description: string }[]'),
  'events.changes': 'Record<string, unknown>',
  'import_mappings.mapping': 'Record<string, string>',
  'organisations.settings': 'Record<string, unknown>',
  'quiz_attempts.answers': jsonText('unknown'),
  'xapi_activities.definition': jsonText('Record<string, unknown>'),
  'xapi_actors.agent': jsonText('Record<string, unknown>'),
  'scorm_sco_states.cmi': jsonText('Record<string, string>'),
  'scorm_versions.manifest': jsonText('unknown'),
  'cmi5_courses.structure': jsonText('unknown'),
  'xapi_statements.statement': jsonText('Record<string, unknown>'),
  'webhook_deliveries.payload': jsonText('Record<string, unknown>'),
};

/** Stamped by the database when the row is inserted, never written by the application. */
const stampColumns = new Set(['created_at', 'granted_at']);

const pglite = await openPglite();
const database = await createDatabase({ pglite });
try {
  await migrate(database.db);
  const output = await generate(database.db);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {}
    if (committed !== output) {
      console.error(`Out of date: ${file}. Run npm run db:types and commit.`);
      process.exitCode = 1;
    } else console.log('Database types are up to date.');
  } else {
    writeFileSync(file, output);
    console.log(`Wrote ${file}.`);
  }
} finally {
  await database.close();
  await pglite.close();
}

async function generate(db: Db): Promise<string> {
  // `date` stays a yyyy-mm-dd string and int8 a number (the type parsers in database.ts).
  const dialect = new PostgresDialect({ dateParser: 'string' });
  // The introspector's own catalogue types, not the application's tables.
  const metadata = await dialect.introspector.introspect({ db: db as unknown as Kysely<PostgresDB> });
  const unions = await checkedUnions(db);
  const computed = await generatedColumns(db);
  const overrides: Record<string, string> = {};
  for (const table of metadata.tables) {
    table.columns.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const column of table.columns) {
      const path = `${table.name}.${column.name}`;
      const union = unions.get(path);
      const json = jsonColumns[path];
      if (computed.has(path)) {
        overrides[path] =
          `ColumnType<${scalar(dialect, column)}${column.isNullable ? ' | null' : ''}, never, never>`;
      } else if (
        stampColumns.has(column.name) &&
        column.dataType === 'timestamptz' &&
        column.hasDefaultValue &&
        !column.isNullable
      ) {
        overrides[path] = 'ColumnType<Date, never, never>';
      } else if (union) overrides[path] = withNullAndDefault(column, union);
      else if (json) overrides[path] = withNullAndDefault(column, json);
    }
  }
  const unknownJson = Object.keys(jsonColumns).filter((path) => !(path in overrides));
  if (unknownJson.length) throw new Error(`No such jsonb columns: ${unknownJson.join(', ')}`);
  const types = serializeFromMetadata({
    metadata,
    dialect,
    overrides: { columns: overrides },
    typeMapping: { int8: 'number', timestamptz: 'Date' },
    skipAutogeneratedFileComment: true,
  });
  return `// Generated by scripts/db-types.ts (kysely-codegen) from migrations/. Do not edit: run npm run db:types.\n\n${types}`;
}

function withNullAndDefault(column: ColumnMetadata, type: string): string {
  const value = column.isNullable ? `${type} | null` : type;
  return column.hasDefaultValue ? `Generated<${value}>` : value;
}

function scalar(dialect: PostgresDialect, column: ColumnMetadata): string {
  const scalars: Record<string, ExpressionNode | undefined> = dialect.adapter.scalars;
  const node = scalars[column.dataType];
  if (node?.type !== 'Identifier' || column.isArray) throw new Error(`No plain type for ${column.name}`);
  return node.name;
}

/** `table.column` → the literal union its single-column CHECK (column = ANY (ARRAY[...])) allows. */
async function checkedUnions(db: Db): Promise<Map<string, string>> {
  const { rows } = await sql<{ table: string; column: string; definition: string }>`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'c' AND c.connamespace = 'public'::regnamespace
      AND cardinality(c.conkey) = 1`.execute(db);
  const unions = new Map<string, string>();
  for (const row of rows) {
    const match = /^CHECK \(\((\w+) = ANY \(ARRAY\[(.+)\]\)\)\)$/.exec(row.definition);
    if (match?.[1] !== row.column) continue;
    const items = match[2]!;
    const values = [...items.matchAll(/'((?:[^']|'')*)'::text|(-?\d+)/g)];
    // Anything else (casts, expressions) leaves the column its plain type.
    if (values.map((value) => value[0]).join(', ') !== items) continue;
    const literals = values.map(([, text, number]) => number ?? JSON.stringify(text!.replaceAll("''", "'")));
    unions.set(`${row.table}.${row.column}`, literals.join(' | '));
  }
  return unions;
}

/** `table.column` of the columns PostgreSQL computes (GENERATED ALWAYS AS ... STORED). */
async function generatedColumns(db: Db): Promise<Set<string>> {
  const { rows } = await sql<{ path: string }>`
    SELECT cl.relname || '.' || a.attname AS path
    FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid
    WHERE cl.relnamespace = 'public'::regnamespace AND a.attgenerated <> ''`.execute(db);
  return new Set(rows.map((row) => row.path));
}
