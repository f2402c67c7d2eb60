import type { Readable } from 'node:stream';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { UploadLimits } from '../../../uploads/upload-limits.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { addContentItem } from '../../catalogue/index.ts';
import type { FileStorage } from '../../files/index.ts';
import '../cmi5.events.ts';
import { receiveCourse } from './course-store.ts';
import { textIn, unitsOf } from './course-structure.ts';

// Importing a cmi5 course: a new catalogue item (kind cmi5, draft) holding the course structure, and
// for a zip its files. Files go to storage first; the rows follow in one transaction, and if that fails
// the stored files are removed, so a refused or failed upload leaves nothing behind.

export async function importCourse(
  ctx: Ctx,
  options: { storage: FileStorage; limits: UploadLimits; fileName: string; stream: Readable },
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
          imported_by: auth.kind === 'person' ? personIdOf(auth) : null,
        })
        .execute();
      for (let start = 0; start < stored.files.length; start += 500)
        await tx.db
          .insertInto(
            'cmi5_files',
            stored.files.slice(start, start + 500).map((file) => ({
              content_id: contentId,
              path: file.path,
              storage_key: file.storageKey,
              size_bytes: file.size,
              content_type: file.contentType,
            })),
          )
          .execute();
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
