import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { addContentItem, contentHeadlines } from '../catalogue/index.ts';
import type { LinkInput } from './lti.schemas.ts';
import { findTool } from './lti.tools.ts';

// An external-tool item: a catalogue content item of kind 'lti' (draft, like every new item) with
// its resource link: which tool, the resource's address in it, custom parameters, window or iframe.

export async function findLink(db: TenantDb, contentId: string) {
  const link = await db
    .selectFrom('lti_links')
    .selectAll()
    .where('content_id', '=', contentId)
    .executeTakeFirst();
  if (!link) return undefined;
  const title = (await contentHeadlines(db, [contentId], 'nl')).get(contentId)?.title ?? '';
  return { ...link, title };
}

/** Adds the item and its link inside a change (one at a time, or several from deep linking). */
export async function addLinkItem(
  tx: ChangeCtx<Ctx>,
  input: LinkInput & { presentation?: 'window' | 'iframe' },
) {
  const tool = await findTool(tx.db, input.toolId);
  if (!tool) throw notFound('LTI tool');
  const { id } = await addContentItem(tx, {
    kind: 'lti',
    durationMinutes: null,
    passMark: null,
    shuffleQuestions: false,
    maxAttempts: null,
    versions: [
      {
        language: tx.locale,
        title: input.title,
        summary: input.summary,
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
  } as Parameters<typeof addContentItem>[1]);
  await tx.db
    .insertInto('lti_links', {
      content_id: id,
      tool_id: tool.id,
      target_url: input.targetUrl,
      custom: JSON.stringify(input.custom),
      presentation: input.presentation ?? 'window',
    })
    .execute();
  return id;
}

export async function createLinkItem(ctx: Ctx, input: LinkInput) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, (tx) => addLinkItem(tx, input));
}

/** The external-tool item for its launch page: which tool, and my latest score. */
export async function linkView(ctx: Ctx, contentId: string) {
  assertCan(ctx.auth, 'catalogue.read');
  const link = await findLink(ctx.db, contentId);
  if (!link) throw notFound('External tool item');
  const tool = await findTool(ctx.db, link.tool_id);
  if (!tool) throw notFound('LTI tool');
  const score = await ctx.db
    .selectFrom('lti_scores')
    .innerJoin('lti_line_items', (join) =>
      join
        .onRef('lti_line_items.organisation_id', '=', 'lti_scores.organisation_id')
        .onRef('lti_line_items.id', '=', 'lti_scores.line_item_id'),
    )
    .select(['lti_scores.score_given', 'lti_scores.score_maximum'])
    .where('lti_line_items.content_id', '=', contentId)
    .where('lti_scores.person_id', '=', personIdOf(ctx.auth))
    .orderBy('lti_scores.scored_at', 'desc')
    .executeTakeFirst();
  return {
    contentId,
    toolId: tool.id,
    toolName: tool.name,
    title: link.title,
    targetUrl: link.target_url,
    presentation: tool.presentation,
    score:
      score?.score_given != null && score.score_maximum
        ? Math.round((score.score_given / score.score_maximum) * 100)
        : null,
  };
}

/** The line item a launch names, made on the first launch of the link. */
export async function defaultLineItem(
  db: TenantDb,
  options: { toolId: string; contentId: string; label: string },
) {
  const existing = await db
    .selectFrom('lti_line_items')
    .select('id')
    .where('content_id', '=', options.contentId)
    .where('tool_id', '=', options.toolId)
    .orderBy('created_at')
    .executeTakeFirst();
  if (existing) return existing.id;
  const { id } = await db
    .insertInto('lti_line_items', {
      tool_id: options.toolId,
      content_id: options.contentId,
      label: options.label || 'Score',
      score_maximum: 100,
      resource_id: options.contentId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
