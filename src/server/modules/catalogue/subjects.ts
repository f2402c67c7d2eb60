import type { LearningSubjectKind, Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { contentHeadlines } from './titles.ts';

export type SubjectRef = { type: LearningSubjectKind; id: string };

/** A content item, course or path with its status and title; null when it is not in this organisation. */
export async function findSubject(tenant: TenantDb, subject: SubjectRef, locale: Locale = 'nl') {
  if (subject.type === 'content') {
    const headline = (await contentHeadlines(tenant, [subject.id], locale)).get(subject.id);
    return headline
      ? { ...subject, title: headline.title, status: headline.status, format: headline.kind }
      : null;
  }
  const table = subject.type === 'course' ? 'courses' : 'learning_paths';
  const row = await tenant
    .selectFrom(table)
    .select(['title', 'status'])
    .where('id', '=', subject.id)
    .executeTakeFirst();
  return row ? { ...subject, title: row.title, status: row.status, format: subject.type } : null;
}

/** Titles for many subjects at once, keyed `type:id`. */
export async function subjectTitles(tenant: TenantDb, refs: SubjectRef[], locale: Locale) {
  const titles = new Map<string, { title: string; format: string; durationMinutes: number | null }>();
  const ofType = (type: LearningSubjectKind) => [
    ...new Set(refs.filter((r) => r.type === type).map((r) => r.id)),
  ];
  for (const [id, headline] of await contentHeadlines(tenant, ofType('content'), locale))
    titles.set(`content:${id}`, {
      title: headline.title,
      format: headline.kind,
      durationMinutes: headline.durationMinutes,
    });
  for (const type of ['course', 'path'] as const) {
    const ids = ofType(type);
    if (!ids.length) continue;
    const rows = await tenant
      .selectFrom(type === 'course' ? 'courses' : 'learning_paths')
      .select(['id', 'title'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows)
      titles.set(`${type}:${row.id}`, { title: row.title, format: type, durationMinutes: null });
  }
  return titles;
}
