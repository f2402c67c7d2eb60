import type { TenantDb } from '../../../db/tenant.ts';
import type { Auth } from '../../access/index.ts';
import { replaceTopics, topicsOf } from '../catalogue.links.ts';
import { replaceServes, servesOf } from '../catalogue.serves.ts';
import { presentCover } from '../content/covers.service.ts';
import { contentHeadlines, courseDurations } from '../titles.ts';
import type { CourseInput } from './structure.schemas.ts';

/** Replaces a course's sections, modules, prerequisites, topics and what it serves. */
export async function writeCourseStructure(trx: TenantDb, auth: Auth, courseId: string, input: CourseInput) {
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

type CourseColumns = { language: 'nl' | 'en'; title: string; summary: string; is_substantial: boolean };

export async function insertCourseRow(
  tenant: TenantDb,
  columns: CourseColumns & { owner_id: string | null },
) {
  const { id } = await tenant.insertInto('courses', columns).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Answers whether the course exists. */
export async function updateCourseRow(tenant: TenantDb, id: string, columns: CourseColumns, at: Date) {
  const updated = await tenant
    .updateTable('courses')
    .set({ ...columns, updated_at: at })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Which of these ids are content items, and which courses, of this organisation. */
export async function existingIds(tenant: TenantDb, ids: { content: string[]; courses: string[] }) {
  const [content, courses] = await Promise.all([
    ids.content.length
      ? tenant.selectFrom('content_items').select('id').where('id', 'in', ids.content).execute()
      : [],
    ids.courses.length
      ? tenant.selectFrom('courses').select('id').where('id', 'in', ids.courses).execute()
      : [],
  ]);
  return { content: new Set(content.map((r) => r.id)), courses: new Set(courses.map((r) => r.id)) };
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
    cover: presentCover(course),
  };
}
