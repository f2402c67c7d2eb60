import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { findFile } from '../../files/index.ts';
import '../catalogue.events.ts';
import { rejectFields } from '../catalogue.errors.ts';

export type CoverSubject = 'content' | 'course' | 'path';
const tables = { content: 'content_items', course: 'courses', path: 'learning_paths' } as const;

/** The cover as the API shows it: the image's address and the words for who cannot see it. */
export const presentCover = (row: { cover_file_id: string | null; cover_alt: string | null }) =>
  row.cover_file_id ? { url: `/api/v1/files/${row.cover_file_id}`, alt: row.cover_alt ?? '' } : null;

const lockSubject = (tenant: TenantDb, type: CoverSubject, id: string) =>
  tenant.selectFrom(tables[type]).select(['id']).where('id', '=', id).forUpdate().executeTakeFirst();

/**
 * Sets (or, with fileId null, removes) the cover of an item, course or path. The image was uploaded
 * and cropped before (files, purpose "image": PNG or JPEG by its bytes); alt text is required with it.
 */
export async function setCover(
  ctx: Ctx,
  input: { type: CoverSubject; id: string; fileId: string | null; alt: string },
) {
  assertCan(ctx.auth, 'catalogue.manage');
  const alt = input.alt.trim();
  return runChange(ctx, async (tx) => {
    if (!(await lockSubject(tx.db, input.type, input.id)))
      throw notFound(
        input.type === 'content' ? 'Content item' : input.type === 'course' ? 'Course' : 'Learning path',
      );
    if (input.fileId) {
      const errors = [];
      if (!alt) errors.push({ field: 'alt', message: 'describe the image for people who cannot see it' });
      const file = await findFile(tx.db.executor, tx.db.organisationId, input.fileId);
      if (!file) errors.push({ field: 'fileId', message: 'no such file in this organisation' });
      else if (file.purpose !== 'image')
        errors.push({ field: 'fileId', message: `is a ${file.purpose} file, not an image` });
      if (errors.length) rejectFields(errors);
    }
    const cover = { cover_file_id: input.fileId, cover_alt: input.fileId ? alt : null };
    await tx.db.updateTable(tables[input.type]).set(cover).where('id', '=', input.id).execute();
    tx.record({
      action: `${input.type}.cover_changed`,
      subjectId: input.id,
      changes: { fileId: input.fileId, alt: cover.cover_alt },
    });
    return { cover: presentCover(cover) };
  });
}
