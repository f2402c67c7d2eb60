import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import { verbs } from '../modules/learning-record/learning-record.service.ts';
import { newActorsOf } from '../modules/xapi/identity/actors.ts';
import { keysOf } from '../modules/xapi/statements/statement-keys.ts';
import { storeStatements } from '../modules/xapi/statements/statements.store.ts';
import { activitiesOf, catalogueItemOf } from '../modules/xapi/statements/statements.write.ts';

// The demo history's xAPI statements: "completed" for every item finished, in the shape of Groeipad's
// own learning events (learning-record's recordStatement), stored in bulk and then dated back to when
// they happened (`stored` is the store's clock, and insight counts statements by it).

const baseUrl = 'http://localhost:3000';

type Begun = { person_id: string; content_id: string; started_at: Date; completed_at: Date | null };

export async function seedLearningStatements(db: Db, organisationId: string, begun: Begun[]) {
  const tenant = forOrganisation(db, organisationId);
  const titles = new Map(
    (
      await tenant
        .selectFrom('content_versions')
        .select(['item_id', 'title'])
        .where('language', '=', 'nl')
        .execute()
    ).map((row) => [row.item_id, row.title]),
  );
  const statement = (row: Begun, verb: 'completed', when: Date) => ({
    id: crypto.randomUUID(),
    version: '1.0.3',
    actor: {
      objectType: 'Agent',
      account: { homePage: `${baseUrl}/organisations/${organisationId}`, name: row.person_id },
    },
    verb: { id: verbs[verb], display: { 'en-US': verb } },
    object: {
      objectType: 'Activity',
      id: `${baseUrl}/xapi/activities/content/${row.content_id}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/lesson',
        name: { und: titles.get(row.content_id) ?? 'Leeritem' },
      },
    },
    result: { completion: true },
    timestamp: when.toISOString(),
    authority: { objectType: 'Agent', account: { homePage: baseUrl, name: 'groeipad' } },
  });
  // One statement per finished item: enough for the store and insight's activity, half the writing.
  const all = begun.flatMap((row) =>
    row.completed_at ? [{ row, statement: statement(row, 'completed', row.completed_at) }] : [],
  );
  for (let index = 0; index < all.length; index += 500) {
    const chunk = all.slice(index, index + 500);
    const statements = chunk.map((item) => item.statement);
    await storeStatements(
      tenant,
      chunk.map(({ row, statement: s }) => {
        const keys = keysOf(s);
        return {
          statement: s,
          keys,
          personId: row.person_id,
          credentialId: null,
          catalogue: catalogueItemOf(keys.activityId, baseUrl),
          hasAttachments: false,
        };
      }),
      {
        newActors: await newActorsOf(
          tenant,
          statements.map((s) => s.actor),
          { baseUrl },
        ),
        activities: activitiesOf(statements, true),
        canDefine: true,
      },
    );
  }
  // Stored when they happened, so the store and insight see a year, not one busy second.
  await sql`UPDATE xapi_statements SET stored = (statement->>'timestamp')::timestamptz
             WHERE organisation_id = ${organisationId} AND id = ANY(${all.map((item) => item.statement.id)}::uuid[])`.execute(
    db,
  );
  return all.length;
}
