import type { ContentKind, Locale, PublicationStatus } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import type { Auth } from '../../access/index.ts';
import { topicsOf } from '../catalogue.links.ts';
import { servesOf } from '../catalogue.serves.ts';
import type { prepareContent } from './content.validation.ts';

type Prepared = Awaited<ReturnType<typeof prepareContent>>;

/**
 * An item with its versions, topics and what it serves. `reader` decides the language of the names of
 * what it serves and whether confidential goals show.
 */
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
  const locale: Locale = reader?.kind === 'person' ? reader.locale : 'nl';
  const serves = (await servesOf(tenant, 'content', [id], locale, reader)).get(id) ?? [];
  return { item, versions, topics, serves };
}
export type LoadedContentItem = NonNullable<Awaited<ReturnType<typeof loadContentItem>>>;

export async function insertContentRow(
  tenant: TenantDb,
  columns: Prepared['columns'] & { is_substantial: boolean; owner_id: string | null },
) {
  const { id } = await tenant.insertInto('content_items', columns).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The item's kind, locked for the change; undefined when it is not in this organisation. */
export const lockContentItem = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('content_items').select(['kind']).where('id', '=', id).forUpdate().executeTakeFirst();

export const updateContentRow = (
  tenant: TenantDb,
  id: string,
  columns: Prepared['columns'] & { is_substantial: boolean; updated_at: Date },
) => tenant.updateTable('content_items').set(columns).where('id', '=', id).execute();

export async function replaceVersions(tenant: TenantDb, itemId: string, versions: Prepared['versions']) {
  await tenant.deleteFrom('content_versions').where('item_id', '=', itemId).execute();
  await tenant
    .insertInto(
      'content_versions',
      versions.map((version) => ({ ...version, item_id: itemId })),
    )
    .execute();
}

/** One page of items, newest change first, with the title in the first language (nl before en). */
export async function contentPage(
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
  return { total: Number(total), items, versions };
}
