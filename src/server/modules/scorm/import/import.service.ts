import type { Readable } from 'node:stream';
import type { Db } from '../../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import type { UploadLimits } from '../../../uploads/upload-limits.ts';
import { type Auth, personIdOf } from '../../access/index.ts';
import { recordEvent } from '../../audit/index.ts';
import { insertContentItem } from '../../catalogue/index.ts';
import type { FileStorage } from '../../files/index.ts';
import { findPackage } from '../scorm.repository.ts';
import { receivePackage, type StoredPackage } from './package-store.ts';

// Importing a SCORM package: a new catalogue item (kind scorm, draft) with version 1, or a new version
// of an existing one. Files go to storage first; the rows follow in one transaction, and if that fails
// the stored files are removed, so a refused or failed upload leaves nothing behind.

export type MidwayRule = 'keep' | 'restart';

type Upload = {
  db: Db;
  storage: FileStorage;
  auth: Auth;
  limits: UploadLimits;
  log: { error: (details: object, message: string) => void };
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

export async function importNewPackage(options: Upload): Promise<{ contentId: string }> {
  const { auth } = options;
  const stored = await receivePackage({ ...options, organisationId: auth.organisationId });
  return withStored(stored, () =>
    forOrganisation(options.db, auth.organisationId).transaction(async (trx) => {
      const { id: contentId } = await insertContentItem(trx, auth, {
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
      await recordEvent(trx, auth, {
        action: 'scorm.package_imported',
        subjectType: 'content',
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
export async function importNewVersion(options: Upload & { contentId: string; midway: MidwayRule }) {
  const { auth } = options;
  const tenant = forOrganisation(options.db, auth.organisationId);
  if (!(await findPackage(tenant, options.contentId))) throw notFound('SCORM package');
  const stored = await receivePackage({ ...options, organisationId: auth.organisationId });
  return withStored(stored, () =>
    tenant.transaction(async (trx) => {
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
        .set({ current_version_id: versionId, updated_at: new Date() })
        .where('content_id', '=', options.contentId)
        .execute();
      let restarted = 0;
      if (options.midway === 'restart') {
        const closed = await trx
          .updateTable('scorm_attempts')
          .set({
            closed_at: new Date(),
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
      await recordEvent(trx, auth, {
        action: 'scorm.version_uploaded',
        subjectType: 'content',
        subjectId: options.contentId,
        changes: { number, midway: options.midway, restartedAttempts: restarted },
      });
      return { contentId: options.contentId, restarted };
    }),
  );
}
