import type { Ctx } from '../../../core/context.ts';
import type { ContentKind, PublicationStatus } from '../../../db/schema.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { presentContentItem, presentContentSummaries } from './content.presenter.ts';
import { contentPage, loadContentItem } from './content.repository.ts';

/** All content items for authoring, newest change first. */
export async function listContent(
  ctx: Ctx,
  query: { page: number; pageSize: number; status?: PublicationStatus; kind?: ContentKind },
) {
  assertCan(ctx.auth, 'catalogue.manage');
  const page = await contentPage(ctx.db, query);
  return {
    items: presentContentSummaries(page),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A content item with every version, for editing; `notices` say what the server changed. */
export async function contentView(ctx: Ctx, id: string, notices?: string[]) {
  assertCan(ctx.auth, 'catalogue.manage');
  const loaded = await loadContentItem(ctx.db, id, ctx.auth);
  if (!loaded) throw notFound('Content item');
  return presentContentItem(loaded, notices);
}
