import type { Ctx } from '../../../core/context.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { loadCourse } from './courses.repository.ts';
import { loadPath } from './paths.repository.ts';

/** All courses or learning paths for authoring, newest change first. */
export async function listStructures(ctx: Ctx, table: 'courses' | 'learning_paths') {
  assertCan(ctx.auth, 'catalogue.manage');
  const rows = await ctx.db
    .selectFrom(table)
    .select(['id', 'title', 'language', 'status', 'updated_at'])
    .orderBy('updated_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    language: row.language,
    status: row.status,
    updatedAt: row.updated_at.toISOString(),
  }));
}

/** A course for editing. */
export async function courseView(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'catalogue.manage');
  const loaded = await loadCourse(ctx.db, id, ctx.auth);
  if (!loaded) throw notFound('Course');
  return loaded;
}

/** A learning path for editing. */
export async function pathView(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'catalogue.manage');
  const loaded = await loadPath(ctx.db, id, ctx.auth);
  if (!loaded) throw notFound('Learning path');
  return loaded;
}
