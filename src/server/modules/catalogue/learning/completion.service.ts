import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { ChangeCtx } from '../../../core/change.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { recordStatement } from '../../learning-record/index.ts';
import { notifyLearner, notifyModuleFinished } from './learning.notify.ts';

export type Finished = {
  content: boolean;
  courses: { id: string; title: string }[];
  paths: { id: string; title: string }[];
  certificates: {
    id: string;
    title: string;
    verificationCode: string;
    subject: { kind: 'course' | 'path'; id: string; title: string };
  }[];
};

/** True when every module of the course has completed progress for the person. */
export async function isCourseComplete(trx: TenantDb, personId: string, courseId: string) {
  const row = await sql<{ open: string }>`
    SELECT count(*) AS open FROM course_modules m
    LEFT JOIN content_progress p ON p.organisation_id = m.organisation_id AND p.content_id = m.content_id
      AND p.person_id = ${personId} AND p.completed_at IS NOT NULL
    WHERE m.organisation_id = ${trx.organisationId} AND m.course_id = ${courseId} AND p.content_id IS NULL`.execute(
    trx.executor,
  );
  return Number(row.rows[0]?.open ?? 1) === 0;
}

async function isPathComplete(trx: TenantDb, personId: string, pathId: string) {
  const steps = await trx
    .selectFrom('learning_path_steps')
    .select(['step_kind', 'step_id'])
    .where('path_id', '=', pathId)
    .execute();
  for (const step of steps) {
    if (step.step_kind === 'course') {
      if (!(await isCourseComplete(trx, personId, step.step_id))) return false;
    } else {
      const done = await trx
        .selectFrom('content_progress')
        .select('content_id')
        .where('person_id', '=', personId)
        .where('content_id', '=', step.step_id)
        .where('completed_at', 'is not', null)
        .executeTakeFirst();
      if (!done) return false;
    }
  }
  return steps.length > 0;
}

async function issueCertificate(
  trx: TenantDb,
  personId: string,
  kind: 'course' | 'path',
  id: string,
  title: string,
) {
  const person = await trx
    .selectFrom('people')
    .select(['given_name', 'family_name_prefix', 'family_name'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const name = [person.given_name, person.family_name_prefix, person.family_name].filter(Boolean).join(' ');
  const code = randomBytes(12).toString('base64url');
  const row = await trx
    .insertInto('certificates', {
      person_id: personId,
      subject_kind: kind,
      subject_id: id,
      title,
      recipient_name: name,
      verification_code: code,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'person_id', 'subject_kind', 'subject_id']).doNothing(),
    )
    .returning(['id', 'verification_code'])
    .executeTakeFirst();
  return row ? { id: row.id, title, verificationCode: row.verification_code } : null;
}

async function completeEnrolment(
  trx: TenantDb,
  personId: string,
  kind: 'content' | 'course' | 'path',
  id: string,
  at: Date,
) {
  const result = await trx
    .updateTable('enrolments')
    .set({ completed_at: at, last_activity_at: at })
    .where('person_id', '=', personId)
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', id)
    .where('completed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Marks a content item completed and follows through: the courses and paths it belongs to that the
 * person is enrolled in complete when everything in them is done, with a certificate and a notification.
 */
export async function completeContent(
  trx: TenantDb,
  options: {
    personId: string;
    contentId: string;
    title: string;
    baseUrl: string;
    at: Date;
    /** Inside a change: tells other modules (recognition) what was finished, after commit. */
    publish?: ChangeCtx['publish'];
  },
): Promise<Finished> {
  const { personId, contentId, baseUrl, at } = options;
  const finished: Finished = { content: false, courses: [], paths: [], certificates: [] };
  const updated = await trx
    .updateTable('content_progress')
    .set({ completed_at: at, percent: 100, updated_at: at })
    .where('person_id', '=', personId)
    .where('content_id', '=', contentId)
    .where('completed_at', 'is', null)
    .executeTakeFirst();
  if (!Number(updated.numUpdatedRows)) return finished;
  finished.content = true;
  await completeEnrolment(trx, personId, 'content', contentId, at);
  await recordStatement(trx, baseUrl, {
    personId,
    verb: 'completed',
    object: { kind: 'content', id: contentId, title: options.title },
    result: { completion: true },
  });

  const courses = await sql<{ id: string; title: string }>`
    SELECT DISTINCT c.id, c.title FROM course_modules m
    JOIN courses c ON c.organisation_id = m.organisation_id AND c.id = m.course_id
    JOIN enrolments e ON e.organisation_id = c.organisation_id AND e.subject_kind = 'course' AND e.subject_id = c.id
      AND e.person_id = ${personId} AND e.completed_at IS NULL
    WHERE m.organisation_id = ${trx.organisationId} AND m.content_id = ${contentId}`.execute(trx.executor);
  for (const course of courses.rows) {
    if (!(await isCourseComplete(trx, personId, course.id))) continue;
    await completeEnrolment(trx, personId, 'course', course.id, at);
    finished.courses.push(course);
    await recordStatement(trx, baseUrl, {
      personId,
      verb: 'completed',
      object: { kind: 'course', id: course.id, title: course.title },
      result: { completion: true },
    });
    const certificate = await issueCertificate(trx, personId, 'course', course.id, course.title);
    if (certificate) finished.certificates.push({ ...certificate, subject: { kind: 'course', ...course } });
  }

  const paths = await sql<{ id: string; title: string }>`
    SELECT DISTINCT p.id, p.title FROM learning_path_steps s
    JOIN learning_paths p ON p.organisation_id = s.organisation_id AND p.id = s.path_id
    JOIN enrolments e ON e.organisation_id = p.organisation_id AND e.subject_kind = 'path' AND e.subject_id = p.id
      AND e.person_id = ${personId} AND e.completed_at IS NULL
    WHERE s.organisation_id = ${trx.organisationId} AND (
      (s.step_kind = 'content' AND s.step_id = ${contentId})
      OR (s.step_kind = 'course' AND s.step_id IN (SELECT course_id FROM course_modules
          WHERE organisation_id = ${trx.organisationId} AND content_id = ${contentId})))`.execute(
    trx.executor,
  );
  for (const path of paths.rows) {
    if (!(await isPathComplete(trx, personId, path.id))) continue;
    await completeEnrolment(trx, personId, 'path', path.id, at);
    finished.paths.push(path);
    await recordStatement(trx, baseUrl, {
      personId,
      verb: 'completed',
      object: { kind: 'path', id: path.id, title: path.title },
      result: { completion: true },
    });
    const certificate = await issueCertificate(trx, personId, 'path', path.id, path.title);
    if (certificate) finished.certificates.push({ ...certificate, subject: { kind: 'path', ...path } });
  }
  const done = [
    ...finished.courses.map((course) => ({ ...course, type: 'course' as const })),
    ...finished.paths.map((path) => ({ ...path, type: 'path' as const })),
  ];
  // One bell entry per click: a finished course or path says it all, else the module itself does.
  if (!done.length)
    await notifyModuleFinished(trx, personId, {
      contentId,
      title: options.title,
      course: courses.rows[0] ?? null,
    });
  options.publish?.('learning.completed', {
    personId,
    finished: [
      { kind: 'content', id: contentId, title: options.title },
      ...finished.courses.map((course) => ({ kind: 'course' as const, ...course })),
      ...finished.paths.map((path) => ({ kind: 'path' as const, ...path })),
    ],
  });
  for (const certificate of finished.certificates)
    options.publish?.('catalogue.certificate_issued', {
      personId,
      certificateId: certificate.id,
      subject: certificate.subject,
    });
  for (const entry of done)
    await notifyLearner(trx, personId, {
      title: entry.title,
      link: `${baseUrl}/learning/mine`,
      subject: { type: entry.type, id: entry.id },
      hasCertificate: finished.certificates.some((c) => c.title === entry.title),
    });
  return finished;
}

/** Touches the enrolments a content item counts towards, so "continue where you left off" is right. */
export async function touchEnrolments(trx: TenantDb, personId: string, contentId: string) {
  await sql`
    UPDATE enrolments SET last_activity_at = now()
    WHERE organisation_id = ${trx.organisationId} AND person_id = ${personId} AND completed_at IS NULL AND (
      (subject_kind = 'content' AND subject_id = ${contentId})
      OR (subject_kind = 'course' AND subject_id IN (SELECT course_id FROM course_modules
          WHERE organisation_id = ${trx.organisationId} AND content_id = ${contentId}))
      OR (subject_kind = 'path' AND subject_id IN (SELECT path_id FROM learning_path_steps s
          WHERE s.organisation_id = ${trx.organisationId} AND ((s.step_kind = 'content' AND s.step_id = ${contentId})
          OR (s.step_kind = 'course' AND s.step_id IN (SELECT course_id FROM course_modules
              WHERE organisation_id = ${trx.organisationId} AND content_id = ${contentId}))))))`.execute(
    trx.executor,
  );
}

/**
 * Takes a completion back (an attendance marked by mistake): the item and its enrolment are open again.
 * Courses or paths it completed stay completed (their certificates were issued).
 */
export async function reopenContent(
  trx: TenantDb,
  options: { personId: string; contentId: string; at: Date },
) {
  const { personId, contentId, at } = options;
  const updated = await trx
    .updateTable('content_progress')
    .set({ completed_at: null, percent: 0, updated_at: at })
    .where('person_id', '=', personId)
    .where('content_id', '=', contentId)
    .where('completed_at', 'is not', null)
    .executeTakeFirst();
  await trx
    .updateTable('enrolments')
    .set({ completed_at: null, last_activity_at: at })
    .where('person_id', '=', personId)
    .where('subject_kind', '=', 'content')
    .where('subject_id', '=', contentId)
    .execute();
  return Number(updated.numUpdatedRows) > 0;
}
