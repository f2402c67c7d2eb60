import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { invalidField, notFound } from '../../../http/errors.ts';
import { fetchPublic } from '../../../http/outbound-fetch.ts';
import type { UploadLimits } from '../../../uploads/upload-limits.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { addContentItem } from '../../catalogue/index.ts';
import type { FileStorage } from '../../files/index.ts';
import '../cmi5.events.ts';
import { findCourse } from '../cmi5.repository.ts';
import { abandonOpenSessions } from '../launch/abandon.ts';
import { receiveCourse, type StoredCourse } from './course-store.ts';
import { textIn, unitsOf } from './course-structure.ts';

// Importing a cmi5 course: a new catalogue item (kind cmi5, draft) holding the course structure, and
// for a zip its files. Files go to storage first; the rows follow in one transaction, and if that fails
// the stored files are removed, so a refused or failed upload leaves nothing behind.

type CourseUpload = { storage: FileStorage; limits: UploadLimits; fileName: string; stream: Readable };

export async function importCourse(
  ctx: Ctx,
  options: CourseUpload & { sourceUrl?: string },
): Promise<{ contentId: string }> {
  assertCan(ctx.auth, 'catalogue.manage');
  const { auth } = ctx;
  const stored = await receiveCourse({ ...options, log: ctx.log, organisationId: ctx.organisationId });
  try {
    return await runChange(ctx, async (tx) => {
      const { structure } = stored;
      const language = auth.kind === 'person' ? auth.locale : 'nl';
      const { id: contentId } = await addContentItem(tx, {
        kind: 'cmi5',
        durationMinutes: null,
        passMark: null,
        shuffleQuestions: false,
        maxAttempts: null,
        versions: [
          {
            language,
            title: textIn(structure.title, language).slice(0, 200) || options.fileName,
            summary: textIn(structure.description, language).slice(0, 500),
            bodyHtml: '',
            fileId: null,
            captionsFileId: null,
            externalUrl: null,
            questions: [],
          },
        ],
        topics: [],
        serves: [],
        isSubstantial: false,
      });
      const units = unitsOf(structure.children).length;
      await tx.db
        .insertInto('cmi5_courses', {
          content_id: contentId,
          course_iri: structure.id,
          structure: JSON.stringify(structure),
          au_count: units,
          file_count: stored.files.length,
          original_name: options.fileName,
          source_url: options.sourceUrl ?? null,
          imported_by: auth.kind === 'person' ? personIdOf(auth) : null,
        })
        .execute();
      await insertFiles(tx.db, contentId, stored.files);
      tx.record({
        action: 'cmi5.course_imported',
        subjectId: contentId,
        changes: { courseId: structure.id, units, files: stored.files.length },
      });
      return { contentId };
    });
  } catch (error) {
    await stored.discard();
    throw error;
  }
}

async function insertFiles(trx: TenantDb, contentId: string, files: StoredCourse['files']) {
  for (let start = 0; start < files.length; start += 500)
    await trx
      .insertInto(
        'cmi5_files',
        files.slice(start, start + 500).map((file) => ({
          content_id: contentId,
          path: file.path,
          storage_key: file.storageKey,
          size_bytes: file.size,
          content_type: file.contentType,
        })),
      )
      .execute();
}

/**
 * Import from an address (cmi5.xml or a zip): fetched from the public internet only (no private or
 * local addresses, http(s) only, at most PACKAGE_MAX_UPLOAD_MB), then read exactly like an upload.
 */
export async function importCourseFromUrl(
  ctx: Ctx,
  options: { storage: FileStorage; limits: UploadLimits; url: string; allowedHosts?: string[] },
): Promise<{ contentId: string }> {
  assertCan(ctx.auth, 'catalogue.manage');
  const answer = await fetchPublic(options.url, {
    maxBytes: options.limits.package.maxUploadBytes,
    timeoutMs: options.limits.package.timeoutMs,
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
  });
  const fileName = basename(decodeURIComponent(answer.url.pathname)).slice(0, 200) || 'cmi5.xml';
  try {
    return await importCourse(ctx, {
      storage: options.storage,
      limits: options.limits,
      fileName,
      stream: answer.body,
      sourceUrl: options.url,
    });
  } finally {
    answer.body.destroy();
  }
}

/**
 * A new version of a course over the old one. The course id in cmi5.xml must stay the same (another
 * id is another course). Registrations stay, and with them what each learner did in the AUs that
 * keep their id (their activity ids are the same: they come from the catalogue item and the AU id);
 * AUs that are gone no longer count, new AUs start unattempted, and open sessions of AUs that are gone
 * are abandoned. moveOn is evaluated on the new structure at each learner's next launch or statement.
 */
export async function replaceCourse(
  ctx: Ctx,
  contentId: string,
  options: CourseUpload & { baseUrl: string },
): Promise<{ contentId: string; version: number }> {
  assertCan(ctx.auth, 'catalogue.manage');
  const existing = await findCourse(ctx.db, contentId);
  if (!existing) throw notFound('cmi5 course');
  const stored = await receiveCourse({ ...options, log: ctx.log, organisationId: ctx.organisationId });
  let oldKeys: string[] = [];
  try {
    const answer = await runChange(
      ctx,
      async (tx) => {
        const trx = tx.db;
        const course = await trx
          .selectFrom('cmi5_courses')
          .select(['course_iri', 'version'])
          .where('content_id', '=', contentId)
          .forUpdate()
          .executeTakeFirst();
        if (!course) throw notFound('cmi5 course');
        const { structure } = stored;
        if (structure.id !== course.course_iri)
          throw invalidField(
            'file',
            `is another course (id ${structure.id}); a new version keeps the course id ${course.course_iri}`,
            'otherCourse',
          );
        const at = tx.now();
        const units = unitsOf(structure.children);
        oldKeys = (
          await trx
            .deleteFrom('cmi5_files')
            .where('content_id', '=', contentId)
            .returning('storage_key')
            .execute()
        ).map((row) => row.storage_key);
        await trx
          .updateTable('cmi5_courses')
          .set({
            structure: JSON.stringify(structure),
            au_count: units.length,
            file_count: stored.files.length,
            original_name: options.fileName,
            version: course.version + 1,
            updated_at: at,
          })
          .where('content_id', '=', contentId)
          .execute();
        await insertFiles(trx, contentId, stored.files);
        const kept = units.map((unit) => unit.id);
        const registrations = await trx
          .selectFrom('cmi5_registrations')
          .select(['id', 'person_id'])
          .where('content_id', '=', contentId)
          .execute();
        const personOf = new Map(registrations.map((row) => [row.id, row.person_id]));
        const gone = registrations.length
          ? await trx
              .selectFrom('cmi5_sessions')
              .select(['registration_id', 'au_id'])
              .distinct()
              .where('registration_id', 'in', [...personOf.keys()])
              .where('status', 'in', ['launched', 'initialized'])
              .where('au_id', 'not in', kept)
              .execute()
          : [];
        for (const session of gone)
          await abandonOpenSessions(trx, options.baseUrl, {
            contentId,
            registrationId: session.registration_id,
            personId: personOf.get(session.registration_id)!,
            auId: session.au_id,
            at,
            structure: existing.structure,
          });
        tx.record({
          action: 'cmi5.course_updated',
          subjectId: contentId,
          changes: { version: course.version + 1, units: units.length, files: stored.files.length },
        });
        return { contentId, version: course.version + 1 };
      },
      { lock: { table: 'content_items', id: contentId } },
    );
    for (const key of oldKeys) await options.storage.remove(key).catch(() => undefined);
    return answer;
  } catch (error) {
    await stored.discard();
    throw error;
  }
}
