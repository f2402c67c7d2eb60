import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { type FieldError, notFound } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { rejectFields } from '../catalogue.errors.ts';
import '../catalogue.events.ts';
import { existingIds, insertCourseRow, updateCourseRow, writeCourseStructure } from './courses.repository.ts';
import type { CourseInput } from './structure.schemas.ts';

/** Every module once, every module and prerequisite an item or (other) course of this organisation. */
async function checkCourse(tenant: TenantDb, input: CourseInput, courseId?: string) {
  const errors: FieldError[] = [];
  const all = input.sections.flatMap((section) => section.contentIds);
  if (new Set(all).size !== all.length)
    errors.push({ field: 'sections', message: 'a module appears more than once' });
  const found = await existingIds(tenant, { content: all, courses: input.prerequisiteIds });
  input.sections.forEach((section, s) => {
    section.contentIds.forEach((id, m) => {
      if (!found.content.has(id))
        errors.push({ field: `sections.${s}.contentIds.${m}`, message: 'no such content item' });
    });
  });
  input.prerequisiteIds.forEach((id, index) => {
    if (!found.courses.has(id) || id === courseId)
      errors.push({ field: `prerequisiteIds.${index}`, message: 'no such other course' });
  });
  if (errors.length) rejectFields(errors);
}

/** Creates a course (draft) or replaces one: sections of content items, prerequisites, topics. */
export async function saveCourse(ctx: Ctx, options: { id?: string; input: CourseInput }) {
  assertCan(ctx.auth, 'catalogue.manage');
  const { input } = options;
  return runChange(ctx, async (tx) => {
    await checkCourse(tx.db, input, options.id);
    const columns = {
      language: input.language,
      title: input.title,
      summary: input.summary,
      is_substantial: input.isSubstantial,
    };
    let id = options.id;
    if (id) {
      if (!(await updateCourseRow(tx.db, id, columns, tx.now()))) throw notFound('Course');
    } else {
      const owner = tx.auth.kind === 'person' ? personIdOf(tx.auth) : null;
      id = await insertCourseRow(tx.db, { ...columns, owner_id: owner });
    }
    await writeCourseStructure(tx.db, tx.auth, id, input);
    tx.record({
      action: options.id ? 'course.updated' : 'course.created',
      subjectId: id,
      changes: { title: input.title },
    });
    return id;
  });
}
