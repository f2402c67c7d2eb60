import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { replaceTopics, topicsOf } from './catalogue.links.ts';
import { replaceServes, servesOf } from './catalogue.serves.ts';
import type { CourseInput } from './structure.schemas.ts';
import { contentHeadlines, courseDurations } from './titles.ts';

function fail(errors: FieldError[]): never {
  throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
    errors,
  });
}

async function checkCourse(trx: TenantDb, input: CourseInput, courseId?: string) {
  const errors: FieldError[] = [];
  const all = input.sections.flatMap((section) => section.contentIds);
  if (new Set(all).size !== all.length)
    errors.push({ field: 'sections', message: 'a module appears more than once' });
  const found = new Set(
    (await trx.selectFrom('content_items').select('id').where('id', 'in', all).execute()).map((r) => r.id),
  );
  input.sections.forEach((section, s) => {
    section.contentIds.forEach((id, m) => {
      if (!found.has(id))
        errors.push({ field: `sections.${s}.contentIds.${m}`, message: 'no such content item' });
    });
  });
  if (input.prerequisiteIds.length) {
    const courses = new Set(
      (await trx.selectFrom('courses').select('id').where('id', 'in', input.prerequisiteIds).execute()).map(
        (r) => r.id,
      ),
    );
    input.prerequisiteIds.forEach((id, index) => {
      if (!courses.has(id) || id === courseId)
        errors.push({ field: `prerequisiteIds.${index}`, message: 'no such other course' });
    });
  }
  if (errors.length) fail(errors);
}

async function writeStructure(trx: TenantDb, auth: Auth, courseId: string, input: CourseInput) {
  await trx.deleteFrom('course_modules').where('course_id', '=', courseId).execute();
  await trx.deleteFrom('course_sections').where('course_id', '=', courseId).execute();
  await trx.deleteFrom('course_prerequisites').where('course_id', '=', courseId).execute();
  for (const [position, section] of input.sections.entries()) {
    const { id } = await trx
      .insertInto('course_sections', { course_id: courseId, position, title: section.title })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto(
        'course_modules',
        section.contentIds.map((contentId, index) => ({
          course_id: courseId,
          section_id: id,
          position: index,
          content_id: contentId,
        })),
      )
      .execute();
  }
  if (input.prerequisiteIds.length)
    await trx
      .insertInto(
        'course_prerequisites',
        input.prerequisiteIds.map((required) => ({ course_id: courseId, required_course_id: required })),
      )
      .execute();
  await replaceTopics(trx, 'course', courseId, input.topics);
  await replaceServes(trx, auth, 'course', courseId, input.serves);
}

export async function saveCourse(options: { db: Db; auth: Auth; id?: string; input: CourseInput }) {
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  return tenant.transaction(async (trx) => {
    const { input } = options;
    await checkCourse(trx, input, options.id);
    const columns = {
      language: input.language,
      title: input.title,
      summary: input.summary,
      is_substantial: input.isSubstantial,
    };
    let id = options.id;
    if (id) {
      const updated = await trx
        .updateTable('courses')
        .set({ ...columns, updated_at: new Date() })
        .where('id', '=', id)
        .executeTakeFirst();
      if (!updated.numUpdatedRows) throw notFound('Course');
    } else {
      const owner = options.auth.kind === 'person' ? personIdOf(options.auth) : null;
      ({ id } = await trx
        .insertInto('courses', { ...columns, owner_id: owner })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    await writeStructure(trx, options.auth, id, input);
    await recordEvent(trx, options.auth, {
      action: options.id ? 'course.updated' : 'course.created',
      subjectType: 'course',
      subjectId: id,
      changes: { title: input.title },
    });
    return id;
  });
}

/** The course's modules in order, each with its title in the course language. */
export async function courseModules(tenant: TenantDb, courseId: string) {
  return tenant
    .selectFrom('course_modules')
    .innerJoin('course_sections', (join) =>
      join
        .onRef('course_sections.organisation_id', '=', 'course_modules.organisation_id')
        .onRef('course_sections.id', '=', 'course_modules.section_id'),
    )
    .select(['course_modules.content_id', 'course_modules.section_id', 'course_sections.title'])
    .where('course_modules.course_id', '=', courseId)
    .orderBy('course_sections.position')
    .orderBy('course_modules.position')
    .execute();
}

export async function loadCourse(tenant: TenantDb, id: string, reader?: Auth) {
  const course = await tenant.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
  if (!course) return null;
  const sections = await tenant
    .selectFrom('course_sections')
    .select(['id', 'title'])
    .where('course_id', '=', id)
    .orderBy('position')
    .execute();
  const modules = await courseModules(tenant, id);
  const headlines = await contentHeadlines(
    tenant,
    modules.map((m) => m.content_id),
    course.language,
  );
  const prerequisites = await tenant
    .selectFrom('course_prerequisites')
    .innerJoin('courses', (join) =>
      join
        .onRef('courses.organisation_id', '=', 'course_prerequisites.organisation_id')
        .onRef('courses.id', '=', 'course_prerequisites.required_course_id'),
    )
    .select(['courses.id', 'courses.title'])
    .where('course_prerequisites.course_id', '=', id)
    .execute();
  const topics = (await topicsOf(tenant, 'course', [id])).get(id) ?? [];
  const locale = reader?.kind === 'person' ? reader.locale : 'nl';
  const serves = (await servesOf(tenant, 'course', [id], locale, reader)).get(id) ?? [];
  const duration = (await courseDurations(tenant, [id])).get(id) ?? 0;
  return {
    id: course.id,
    language: course.language,
    title: course.title,
    summary: course.summary,
    status: course.status,
    publishedAt: course.published_at?.toISOString() ?? null,
    updatedAt: course.updated_at.toISOString(),
    durationMinutes: duration,
    sections: sections.map((section) => ({
      id: section.id,
      title: section.title,
      modules: modules
        .filter((m) => m.section_id === section.id)
        .flatMap((m) => {
          const headline = headlines.get(m.content_id);
          return headline
            ? [
                {
                  contentId: m.content_id,
                  kind: headline.kind as 'article',
                  title: headline.title,
                  durationMinutes: headline.durationMinutes,
                  status: headline.status as 'draft',
                },
              ]
            : [];
        }),
    })),
    prerequisites,
    topics,
    serves,
    isSubstantial: course.is_substantial,
  };
}
