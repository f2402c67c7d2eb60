import type { Bus } from '../../../core/bus.ts';
import type { Db } from '../../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../../db/tenant.ts';
import { type NewActor, newActorsOf, ownActorOf } from '../identity/actors.ts';
import { announceLinked, linkedStatement } from '../identity/linked.ts';
import { badRequest } from '../xapi.errors.ts';
import type { XapiVersion } from '../xapi.version.ts';
import { type AttachmentPart, attachmentsOf, matchParts } from './attachments.ts';
import { checkSignature } from './signature.ts';
import { activityKey, keysOf, newStatementId } from './statement-keys.ts';
import {
  type ActivityDefinition,
  type PreparedStatement,
  type StoreResult,
  storeStatements,
} from './statements.store.ts';
import { isObject, type JsonObject } from './validate-primitives.ts';
import { validateStatement } from './validate-statement.ts';

/** Groeipad's own activity ids name a catalogue item: BASE_URL/xapi/activities/<kind>/<id>. */
export function catalogueItemOf(
  activityId: string | null,
  baseUrl: string,
): { kind: string; id: string } | null {
  if (!activityId?.startsWith(`${baseUrl}/xapi/activities/`)) return null;
  const match = /^(content|course|path)\/([0-9a-f-]{36})$/i.exec(
    activityId.slice(`${baseUrl}/xapi/activities/`.length),
  );
  return match ? { kind: match[1]!, id: match[2]!.toLowerCase() } : null;
}

/** Each activity of a batch once, definitions merged in order (later names add languages). */
export function activitiesOf(statements: JsonObject[], canDefine: boolean): ActivityDefinition[] {
  const found = new Map<string, ActivityDefinition>();
  const visit = (activity: unknown) => {
    if (!isObject(activity) || (activity.objectType !== undefined && activity.objectType !== 'Activity'))
      return;
    const id = String(activity.id);
    const definition = canDefine && isObject(activity.definition) ? activity.definition : null;
    const before = found.get(id);
    if (!before) found.set(id, { activityKey: activityKey(id), activityId: id, definition });
    else if (definition) before.definition = mergeDefinition(before.definition, definition);
  };
  const visitStatement = (statement: JsonObject) => {
    visit(statement.object);
    if (isObject(statement.context) && isObject(statement.context.contextActivities))
      for (const list of Object.values(statement.context.contextActivities))
        if (Array.isArray(list)) list.forEach(visit);
  };
  for (const statement of statements) {
    visitStatement(statement);
    if (isObject(statement.object) && statement.object.objectType === 'SubStatement')
      visitStatement(statement.object);
  }
  return [...found.values()];
}

/** The same merge as SQL's xapi_merge_definition: later properties win, language maps are joined. */
function mergeDefinition(current: JsonObject | null, incoming: JsonObject): JsonObject {
  if (!current) return incoming;
  const merged: JsonObject = { ...current, ...incoming };
  for (const key of ['name', 'description'])
    if (isObject(current[key]) || isObject(incoming[key]))
      merged[key] = { ...(current[key] as JsonObject), ...(incoming[key] as JsonObject) };
  return merged;
}

export type StatementWriter = {
  /** The authority the store sets on what this writer sends. */
  authority: JsonObject;
  credentialId: string | null;
  canDefine: boolean;
};

/**
 * Checks a batch (every statement, attachments, signatures) and stores it as a whole: one invalid
 * statement refuses the batch with nothing written (Communication 3.2). Ids are given to statements
 * without one; the authority is always the writer's (Data 2.4.9).
 */
export async function writeStatements(
  deps: { db: Db; bus: Bus },
  input: {
    organisationId: string;
    /** Just parsed from the request and owned by this call: checked and normalised in place. */
    statements: unknown[];
    parts: AttachmentPart[];
    version: XapiVersion;
    writer: StatementWriter;
    baseUrl: string;
    isBatch: boolean;
  },
): Promise<{ ids: string[]; result: StoreResult }> {
  const checked = input.statements.map((raw, index) => {
    const statement = validateStatement(raw, {
      version: input.version,
      path: input.isBatch ? `[${index}]` : '',
      isOwned: true,
    });
    statement.id ??= newStatementId();
    statement.authority = input.writer.authority;
    statement.version ??= input.version === '2.0.0' ? '2.0.0' : '1.0.0';
    delete statement.stored;
    return statement as JsonObject & { id: string };
  });
  const seen = new Set<string>();
  for (const statement of checked) {
    if (seen.has(statement.id))
      throw badRequest(`statement id ${statement.id} appears twice in the batch`, 'Communication 2.1.2');
    seen.add(statement.id);
  }
  const parts = matchParts(checked, input.parts);
  for (const statement of checked) checkSignature(statement, parts);
  const prepared: PreparedStatement[] = checked.map((statement) => {
    const keys = keysOf(statement);
    return {
      statement,
      keys,
      credentialId: input.writer.credentialId,
      catalogue: catalogueItemOf(keys.activityId, input.baseUrl),
      hasAttachments: attachmentsOf(statement).length > 0,
    };
  });
  const actors = checked.map((statement) => statement.actor).filter(isObject);
  const usedParts = [...parts.values()];
  const write = async (trx: TenantDb) => {
    const newActors = await newActorsOf(trx, actors, { baseUrl: input.baseUrl });
    if (usedParts.length)
      await trx
        .insertInto(
          'xapi_attachments',
          usedParts.map((part) => ({
            sha2: part.sha2,
            content_type: part.contentType,
            content: part.content,
          })),
        )
        .onConflict((conflict) => conflict.columns(['organisation_id', 'sha2']).doNothing())
        .execute();
    return storeStatements(trx, prepared, {
      newActors,
      activities: activitiesOf(checked, input.writer.canDefine),
      canDefine: input.writer.canDefine,
      asyncCommit: true,
    });
  };
  const tenant = forOrganisation(deps.db, input.organisationId);
  const result = usedParts.length ? await tenant.transaction(write) : await write(tenant);
  // Statements whose actor is a person and whose activity is a catalogue item move their progress.
  await announceLinked(
    deps.bus,
    input.organisationId,
    result.stored.flatMap((stored) =>
      stored.personId && stored.catalogue
        ? [linkedStatement({ ...stored, personId: stored.personId, catalogue: stored.catalogue })]
        : [],
    ),
  );
  return { ids: checked.map((statement) => statement.id), result };
}

/**
 * Groeipad's own learning event as a statement, in the caller's transaction: the person is known,
 * the activity is a catalogue item, no listener runs (the catalogue already recorded the progress).
 */
export async function storeOwnStatement(
  trx: TenantDb,
  input: { statement: JsonObject & { id: string }; personId: string; baseUrl: string },
): Promise<void> {
  await storeOwnStatements(trx, [input], input.baseUrl);
}

/** Several of Groeipad's own statements (each its person's) in one statement of the store. */
export async function storeOwnStatements(
  trx: TenantDb,
  inputs: { statement: JsonObject & { id: string }; personId: string }[],
  baseUrl: string,
): Promise<void> {
  const newActors = new Map<string, NewActor>();
  for (const { statement, personId } of inputs) {
    const actor = statement.actor as JsonObject;
    const actors =
      ownActorOf(trx, actor, { baseUrl, personId }) ?? (await newActorsOf(trx, [actor], { baseUrl }));
    for (const found of actors) newActors.set(found.agentKey, found);
  }
  const statements = inputs.map((input) => input.statement);
  await storeStatements(
    trx,
    inputs.map(({ statement, personId }) => {
      const keys = keysOf(statement);
      return {
        statement,
        keys,
        personId,
        credentialId: null,
        catalogue: catalogueItemOf(keys.activityId, baseUrl),
        hasAttachments: false,
      };
    }),
    {
      newActors: [...newActors.values()],
      activities: activitiesOf(statements, true),
      canDefine: true,
      isPrepared: true,
    },
  );
}
