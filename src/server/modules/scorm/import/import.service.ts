import type { Readable } from 'node:stream';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import type { UploadLimits } from '../../../uploads/upload-limits.ts';
import { type Auth, assertCan, personIdOf } from '../../access/index.ts';
import { addContentItem } from '../../catalogue/index.ts';
import type { FileStorage } from '../../files/index.ts';
import { findPackage } from '../scorm.repository.ts';
import { receivePackage, type StoredPackage } from './package-store.ts';

// Importing a SCORM package: a new catalogue item (kind scorm, draft) with version 1, or a new version
// of an existing one. Files go to storage first; the rows follow in one transaction, and if that fails
// the stored files are removed, so a refused or failed upload leaves nothing behind.

export type MidwayRule = 'keep' | 'restart';

type Upload = {
  storage: FileStorage;
  limits: UploadLimits;
  fileName: string;
  stream: Readable;
};

async function insertVersion(
  trx: TenantDb,
  auth: Auth,
  options: {
    contentId: string;
    number: number;
    stored: StoredPackage;
    fileName: string;
    midway: MidwayRule | null;
  },
) {
  const { stored } = options;
  const { id } = await trx
    .insertInto('scorm_versions', {
      content_id: options.contentId,
      number: options.number,
      scorm_version: stored.manifest.scormVersion,
      edition: stored.manifest.edition,
      title: stored.manifest.title.slice(0, 500),
      manifest: JSON.stringify(stored.manifest),
      file_count: stored.files.length,
      unpacked_bytes: stored.unpackedBytes,
      package_bytes: stored.packageBytes,
      original_name: options.fileName,
      midway_rule: options.midway,
      uploaded_by: auth.kind === 'person' ? personIdOf(auth) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let start = 0; start < stored.files.length; start += 500)
    await trx
      .insertInto(
        'scorm_files',
        stored.files.slice(start, start + 500).map((file) => ({
          version_id: id,
          path: file.path,
          storage_key: file.storageKey,
          size_bytes: file.size,
          content_type: file.contentType,
        })),
      )
      .execute();
  return id;
}

/** Writes the rows for stored files; on any failure the files go again. */
async function withStored<T>(stored: StoredPackage, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await stored.discard();
    throw error;
  }
}

export async function importNewPackage(ctx: Ctx, options: Upload): Promise<{ contentId: string }> {
  assertCan(ctx.auth, 'catalogue.manage');
  const { auth } = ctx;
  const stored = await receivePackage({ ...options, log: ctx.log, organisationId: ctx.organisationId });
  return withStored(stored, () =>
    runChange(ctx, async (tx) => {
      const trx = tx.db;
      const { id: contentId } = await addContentItem(tx, {
        kind: 'scorm',
        durationMinutes: null,
        passMark: null,
        shuffleQuestions: false,
        maxAttempts: null,
        versions: [
          {
            language: auth.kind === 'person' ? auth.locale : 'nl',
            title: stored.manifest.title.slice(0, 200),
            summary: '',
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
      const versionId = await insertVersion(trx, auth, {
        contentId,
        number: 1,
        stored,
        fileName: options.fileName,
        midway: null,
      });
      await trx
        .insertInto('scorm_packages', { content_id: contentId, current_version_id: versionId })
        .execute();
      tx.record({
        action: 'scorm.package_imported',
        subjectId: contentId,
        changes: {
          scormVersion: stored.manifest.scormVersion,
          scos: stored.manifest.scos.length,
          files: stored.files.length,
        },
      });
      return { contentId };
    }),
  );
}

/**
 * A new version replaces the current one for everyone who starts from now on. People midway (an open,
 * unfinished attempt) keep theirs on the old version, or with `restart` start afresh on the new one.
 */
export async function importNewVersion(
  ctx: Ctx,
  options: Upload & { contentId: string; midway: MidwayRule },
) {
  assertCan(ctx.auth, 'catalogue.manage');
  const { auth } = ctx;
  if (!(await findPackage(ctx.db, options.contentId))) throw notFound('SCORM package');
  const stored = await receivePackage({ ...options, log: ctx.log, organisationId: ctx.organisationId });
  return withStored(stored, () =>
    runChange(ctx, async (tx) => {
      const trx = tx.db;
      const pack = await findPackage(trx, options.contentId, { forUpdate: true });
      if (!pack) throw notFound('SCORM package');
      const last = await trx
        .selectFrom('scorm_versions')
        .select((eb) => eb.fn.max('number').as('number'))
        .where('content_id', '=', options.contentId)
        .executeTakeFirstOrThrow();
      const number = Number(last.number ?? 0) + 1;
      const versionId = await insertVersion(trx, auth, {
        contentId: options.contentId,
        number,
        stored,
        fileName: options.fileName,
        midway: options.midway,
      });
      await trx
        .updateTable('scorm_packages')
        .set({ current_version_id: versionId, updated_at: tx.now() })
        .where('content_id', '=', options.contentId)
        .execute();
      let restarted = 0;
      if (options.midway === 'restart') {
        const closed = await trx
          .updateTable('scorm_attempts')
          .set({
            closed_at: tx.now(),
            closed_reason: 'new_version',
            commit_token_hash: null,
            previous_token_hash: null,
          })
          .where('content_id', '=', options.contentId)
          .where('closed_at', 'is', null)
          .where('completed_at', 'is', null)
          .executeTakeFirst();
        restarted = Number(closed.numUpdatedRows);
      }
      tx.record({
        action: 'scorm.version_uploaded',
        subjectId: options.contentId,
        changes: { number, midway: options.midway, restartedAttempts: restarted },
      });
      return { contentId: options.contentId, restarted };
    }),
  );
}
