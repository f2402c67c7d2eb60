import type { Db } from '../../db/database.ts';
import type { ContentKind, PublicationStatus } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { replaceTopics, topicsOf } from './catalogue.links.ts';
import type { ContentInput, Question } from './catalogue.schemas.ts';
import { replaceServes, servesOf } from './catalogue.serves.ts';
import { prepareContent } from './content.validation.ts';

/** `reader` decides the language of the names of what it serves and whether confidential goals show. */
export async function loadContentItem(tenant: TenantDb, id: string, reader?: Auth) {
  const item = await tenant.selectFrom('content_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!item) return null;
  const versions = await tenant
    .selectFrom('content_versions')
    .selectAll()
    .where('item_id', '=', id)
    .orderBy('language')
    .execute();
  const topics = (await topicsOf(tenant, 'content', [id])).get(id) ?? [];
  const locale = reader?.kind === 'person' ? reader.locale : 'nl';
  const serves = (await servesOf(tenant, 'content', [id], locale, reader)).get(id) ?? [];
  return { item, versions, topics, serves };
}
export type LoadedContentItem = NonNullable<Awaited<ReturnType<typeof loadContentItem>>>;

export function presentContentItem(
  { item, versions, topics, serves }: LoadedContentItem,
  notices?: string[],
) {
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    durationMinutes: item.duration_minutes,
    passMark: item.pass_mark,
    shuffleQuestions: item.shuffle_questions,
    maxAttempts: item.max_attempts,
    ownerId: item.owner_id,
    publishedAt: item.published_at?.toISOString() ?? null,
    updatedAt: item.updated_at.toISOString(),
    versions: versions.map((version) => ({
      language: version.language,
      title: version.title,
      summary: version.summary,
      bodyHtml: version.body_html,
      fileId: version.file_id,
      captionsFileId: version.captions_file_id,
      externalUrl: version.external_url,
      questions: version.questions as Question[],
    })),
    topics,
    serves,
    isSubstantial: item.is_substantial,
    ...(notices ? { notices } : {}),
  };
}

async function writeVersions(
  trx: TenantDb,
  itemId: string,
  versions: Awaited<ReturnType<typeof prepareContent>>['versions'],
) {
  await trx.deleteFrom('content_versions').where('item_id', '=', itemId).execute();
  await trx
    .insertInto(
      'content_versions',
      versions.map((version) => ({ ...version, item_id: itemId })),
    )
    .execute();
}

export async function createContentItem(options: { db: Db; auth: Auth; input: ContentInput }) {
  if (options.input.kind === 'scorm')
    throw new AppError('validation_failed', 'kind: a SCORM item is made by uploading its package', {
      errors: [
        { field: 'kind', message: 'a SCORM item is made by uploading its package (POST /scorm/packages)' },
      ],
    });
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  return tenant.transaction((trx) => insertContentItem(trx, options.auth, options.input));
}

/** Creates a content item inside the caller's transaction (a SCORM import creates its item with its package). */
export async function insertContentItem(trx: TenantDb, auth: Auth, input: ContentInput) {
  const { columns, versions, notices } = await prepareContent(trx, input);
  const { id } = await trx
    .insertInto('content_items', {
      ...columns,
      is_substantial: input.isSubstantial,
      owner_id: auth.kind === 'person' ? personIdOf(auth) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeVersions(trx, id, versions);
  await replaceTopics(trx, 'content', id, input.topics);
  await replaceServes(trx, auth, 'content', id, input.serves);
  await recordEvent(trx, auth, {
    action: 'content.created',
    subjectType: 'content',
    subjectId: id,
    changes: { kind: columns.kind, title: versions[0]?.title },
  });
  return { id, notices };
}

export async function updateContentItem(options: { db: Db; auth: Auth; id: string; input: ContentInput }) {
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  return tenant.transaction(async (trx) => {
    const existing = await trx
      .selectFrom('content_items')
      .select(['kind'])
      .where('id', '=', options.id)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) throw notFound('Content item');
    if (existing.kind !== options.input.kind)
      throw new AppError('validation_failed', 'kind: cannot change once created', {
        errors: [{ field: 'kind', message: 'cannot change once created' }],
      });
    const { columns, versions, notices } = await prepareContent(trx, options.input);
    await trx
      .updateTable('content_items')
      .set({ ...columns, is_substantial: options.input.isSubstantial, updated_at: new Date() })
      .where('id', '=', options.id)
      .execute();
    await writeVersions(trx, options.id, versions);
    await replaceTopics(trx, 'content', options.id, options.input.topics);
    await replaceServes(trx, options.auth, 'content', options.id, options.input.serves);
    await recordEvent(trx, options.auth, {
      action: 'content.updated',
      subjectType: 'content',
      subjectId: options.id,
      changes: { title: versions[0]?.title },
    });
    return { notices };
  });
}

/** Publishing, archiving and back to draft for content items, courses and paths alike. */
export async function setPublicationStatus(options: {
  db: Db;
  auth: Auth;
  table: 'content_items' | 'courses' | 'learning_paths';
  id: string;
  status: PublicationStatus;
}) {
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  const subjectType = { content_items: 'content', courses: 'course', learning_paths: 'path' }[options.table];
  await tenant.transaction(async (trx) => {
    const before = await trx
      .selectFrom(options.table)
      .select(['status', 'published_at'])
      .where('id', '=', options.id)
      .executeTakeFirst();
    if (!before) throw notFound(subjectType);
    await trx
      .updateTable(options.table)
      .set({
        status: options.status,
        updated_at: new Date(),
        ...(options.status === 'published' && !before.published_at ? { published_at: new Date() } : {}),
      })
      .where('id', '=', options.id)
      .execute();
    await recordEvent(trx, options.auth, {
      action: `${subjectType}.${options.status}`,
      subjectType,
      subjectId: options.id,
      changes: { status: { from: before.status, to: options.status } },
    });
  });
}

export async function listContentItems(
  tenant: TenantDb,
  query: { page: number; pageSize: number; status?: PublicationStatus; kind?: ContentKind },
) {
  let base = tenant.selectFrom('content_items');
  if (query.status) base = base.where('status', '=', query.status);
  if (query.kind) base = base.where('kind', '=', query.kind);
  const { total } = await base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const items = await base
    .selectAll()
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const versions = items.length
    ? await tenant
        .selectFrom('content_versions')
        .select(['item_id', 'language', 'title'])
        .where(
          'item_id',
          'in',
          items.map((item) => item.id),
        )
        .orderBy('language', 'desc')
        .execute()
    : [];
  return {
    total: Number(total),
    items: items.map((item) => {
      const own = versions.filter((version) => version.item_id === item.id);
      return {
        id: item.id,
        kind: item.kind,
        status: item.status,
        title: own[0]?.title ?? '',
        languages: own.map((version) => version.language),
        durationMinutes: item.duration_minutes,
        updatedAt: item.updated_at.toISOString(),
      };
    }),
  };
}
