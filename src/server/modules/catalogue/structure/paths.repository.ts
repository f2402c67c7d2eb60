import type { TenantDb } from '../../../db/tenant.ts';
import type { Auth } from '../../access/index.ts';
import { replaceTopics, topicsOf } from '../catalogue.links.ts';
import { replaceServes, servesOf } from '../catalogue.serves.ts';
import { presentCover } from '../content/covers.service.ts';
import { contentHeadlines, courseDurations } from '../titles.ts';
import { existingIds } from './courses.repository.ts';
import type { PathInput } from './structure.schemas.ts';

export { existingIds };

type PathColumns = {
  is_substantial: boolean;
  language: 'nl' | 'en';
  title: string;
  summary: string;
  is_ordered: boolean;
};

export async function insertPathRow(
  tenant: TenantDb,
  columns: PathColumns & { owner_id: string | null; copied_from_id: string | null },
) {
  const { id } = await tenant.insertInto('learning_paths', columns).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Answers whether the path exists. */
export async function updatePathRow(tenant: TenantDb, id: string, columns: PathColumns, at: Date) {
  const updated = await tenant
    .updateTable('learning_paths')
    .set({ ...columns, updated_at: at })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Replaces a path's steps (in order), topics and what it serves. */
export async function writePathSteps(tenant: TenantDb, auth: Auth, pathId: string, input: PathInput) {
  await tenant.deleteFrom('learning_path_steps').where('path_id', '=', pathId).execute();
  await tenant
    .insertInto(
      'learning_path_steps',
      input.steps.map((step, position) => ({
        path_id: pathId,
        position,
        step_kind: step.kind,
        step_id: step.id,
        due_days: step.dueDays,
      })),
    )
    .execute();
  await replaceTopics(tenant, 'path', pathId, input.topics);
  await replaceServes(tenant, auth, 'path', pathId, input.serves);
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
    cover: presentCover(path),
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
