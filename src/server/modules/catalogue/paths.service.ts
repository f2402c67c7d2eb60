import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { replaceTopics, topicsOf } from './catalogue.links.ts';
import { replaceServes, servesOf } from './catalogue.serves.ts';
import type { PathInput } from './structure.schemas.ts';
import { contentHeadlines, courseDurations } from './titles.ts';

async function checkSteps(trx: TenantDb, input: PathInput) {
  const errors: FieldError[] = [];
  const keys = input.steps.map((step) => `${step.kind}:${step.id}`);
  if (new Set(keys).size !== keys.length)
    errors.push({ field: 'steps', message: 'a step appears more than once' });
  const courseIds = input.steps.filter((s) => s.kind === 'course').map((s) => s.id);
  const contentIds = input.steps.filter((s) => s.kind === 'content').map((s) => s.id);
  const courses = new Set(
    courseIds.length
      ? (await trx.selectFrom('courses').select('id').where('id', 'in', courseIds).execute()).map((r) => r.id)
      : [],
  );
  const contents = new Set(
    contentIds.length
      ? (await trx.selectFrom('content_items').select('id').where('id', 'in', contentIds).execute()).map(
          (r) => r.id,
        )
      : [],
  );
  input.steps.forEach((step, index) => {
    if (!(step.kind === 'course' ? courses : contents).has(step.id))
      errors.push({
        field: `steps.${index}.id`,
        message: `no such ${step.kind === 'course' ? 'course' : 'content item'}`,
        code: 'unknownReference',
      });
  });
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
}

export async function savePath(options: {
  db: Db;
  auth: Auth;
  id?: string;
  input: PathInput;
  copiedFromId?: string;
}) {
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  return tenant.transaction(async (trx) => {
    const { input } = options;
    await checkSteps(trx, input);
    const columns = {
      is_substantial: input.isSubstantial,
      language: input.language,
      title: input.title,
      summary: input.summary,
      is_ordered: input.isOrdered,
    };
    let id = options.id;
    if (id) {
      const updated = await trx
        .updateTable('learning_paths')
        .set({ ...columns, updated_at: new Date() })
        .where('id', '=', id)
        .executeTakeFirst();
      if (!updated.numUpdatedRows) throw notFound('Learning path');
      await trx.deleteFrom('learning_path_steps').where('path_id', '=', id).execute();
    } else {
      const owner = options.auth.kind === 'person' ? personIdOf(options.auth) : null;
      ({ id } = await trx
        .insertInto('learning_paths', {
          ...columns,
          owner_id: owner,
          copied_from_id: options.copiedFromId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    await trx
      .insertInto(
        'learning_path_steps',
        input.steps.map((step, position) => ({
          path_id: id,
          position,
          step_kind: step.kind,
          step_id: step.id,
          due_days: step.dueDays,
        })),
      )
      .execute();
    await replaceTopics(trx, 'path', id, input.topics);
    await replaceServes(trx, options.auth, 'path', id, input.serves);
    await recordEvent(trx, options.auth, {
      action: options.id ? 'path.updated' : options.copiedFromId ? 'path.copied' : 'path.created',
      subjectType: 'path',
      subjectId: id,
      changes: {
        title: input.title,
        ...(options.copiedFromId ? { copiedFromId: options.copiedFromId } : {}),
      },
    });
    return id;
  });
}

export async function pathSteps(tenant: TenantDb, pathId: string) {
  return tenant
    .selectFrom('learning_path_steps')
    .select(['step_kind', 'step_id', 'due_days'])
    .where('path_id', '=', pathId)
    .orderBy('position')
    .execute();
}

export async function loadPath(tenant: TenantDb, id: string, reader?: Auth) {
  const path = await tenant.selectFrom('learning_paths').selectAll().where('id', '=', id).executeTakeFirst();
  if (!path) return null;
  const steps = await pathSteps(tenant, id);
  const courseIds = steps.filter((s) => s.step_kind === 'course').map((s) => s.step_id);
  const courses = new Map(
    courseIds.length
      ? (
          await tenant.selectFrom('courses').select(['id', 'title']).where('id', 'in', courseIds).execute()
        ).map((c) => [c.id, c.title])
      : [],
  );
  const durations = await courseDurations(tenant, courseIds);
  const headlines = await contentHeadlines(
    tenant,
    steps.filter((s) => s.step_kind === 'content').map((s) => s.step_id),
    path.language,
  );
  const presented = steps.map((step) =>
    step.step_kind === 'course'
      ? {
          kind: 'course' as const,
          id: step.step_id,
          title: courses.get(step.step_id) ?? '',
          format: 'course',
          durationMinutes: durations.get(step.step_id) ?? 0,
          dueDays: step.due_days,
        }
      : {
          kind: 'content' as const,
          id: step.step_id,
          title: headlines.get(step.step_id)?.title ?? '',
          format: headlines.get(step.step_id)?.kind ?? 'article',
          durationMinutes: headlines.get(step.step_id)?.durationMinutes ?? null,
          dueDays: step.due_days,
        },
  );
  return {
    id: path.id,
    language: path.language,
    title: path.title,
    summary: path.summary,
    status: path.status,
    isOrdered: path.is_ordered,
    isSubstantial: path.is_substantial,
    copiedFromId: path.copied_from_id,
    publishedAt: path.published_at?.toISOString() ?? null,
    updatedAt: path.updated_at.toISOString(),
    durationMinutes: presented.reduce((sum, step) => sum + (step.durationMinutes ?? 0), 0),
    steps: presented,
    topics: (await topicsOf(tenant, 'path', [id])).get(id) ?? [],
    serves:
      (await servesOf(tenant, 'path', [id], reader?.kind === 'person' ? reader.locale : 'nl', reader)).get(
        id,
      ) ?? [],
  };
}
export type LoadedPath = NonNullable<Awaited<ReturnType<typeof loadPath>>>;

/** A custom route starts as a draft copy of an existing path. */
export async function copyPath(options: { db: Db; auth: Auth; id: string; title?: string }) {
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  const source = await loadPath(tenant, options.id, options.auth);
  if (!source) throw notFound('Learning path');
  return savePath({
    db: options.db,
    auth: options.auth,
    copiedFromId: source.id,
    input: {
      language: source.language,
      title:
        options.title ?? `${source.title} (${source.language === 'nl' ? 'kopie' : 'copy'})`.slice(0, 200),
      summary: source.summary,
      isOrdered: source.isOrdered,
      isSubstantial: source.isSubstantial,
      steps: source.steps.map((step) => ({ kind: step.kind, id: step.id, dueDays: step.dueDays })),
      topics: source.topics,
      serves: source.serves.map(({ kind, id }) => ({ kind, id })),
    },
  });
}
