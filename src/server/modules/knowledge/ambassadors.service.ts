import type { z } from 'zod';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import { forbidden, invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { canEditCollection, canEditProfile } from './ambassadors.policy.ts';
import {
  ambassadorRows,
  countOpen,
  deleteCollection,
  insertCollection,
  lockCollection,
  replaceEntries,
  updateCollection,
  upsertProfile,
} from './ambassadors.repository.ts';
import type { ambassadorBody, collectionBody } from './ambassadors.schemas.ts';
import { findSpace, postRows } from './knowledge.repository.ts';

type ProfileInput = z.infer<typeof ambassadorBody>;
type CollectionInput = z.infer<typeof collectionBody>;

async function checkSkills(ctx: Ctx, skillIds: string[]) {
  if (!skillIds.length) return;
  const found = await resolveReferences(
    ctx.db,
    skillIds.map((id) => ({ kind: 'skill' as const, id })),
    { auth: ctx.auth, locale: ctx.locale },
  );
  skillIds.forEach((id, index) => {
    if (!found.has(referenceKey({ kind: 'skill', id })))
      throw invalidField(`skillIds.${index}`, 'no such skill in this organisation', 'unknownReference');
  });
}

/** The ambassador's own words and topics; L&D may set them for any ambassador. */
export async function saveProfile(ctx: Ctx, personId: string, input: ProfileInput) {
  const me = personIdOf(ctx.auth);
  const ambassador = await ambassadorRows(ctx.db, { personId }).executeTakeFirst();
  if (!ambassador) throw notFound('Ambassador');
  if (!canEditProfile(ctx.auth, me, personId))
    throw forbidden('Only the ambassador or L&D edits this profile.');
  const skillIds = [...new Set(input.skillIds)];
  await checkSkills(ctx, input.skillIds);
  await runChange(ctx, async (tx) => {
    await upsertProfile(tx.db, {
      person_id: personId,
      headline: input.headline,
      helps_with: input.helpsWith,
      skill_ids: skillIds,
    });
    tx.record({
      action: 'ambassador_profile.updated',
      subjectId: personId,
      changes: { headline: input.headline, skillIds },
    });
  });
}

/** Every entry must be a visible post or a published catalogue item of this organisation. */
async function checkEntries(ctx: Ctx, entries: CollectionInput['entries']) {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const key = `${entry.kind}:${entry.id}`;
    if (seen.has(key)) throw invalidField(`entries.${index}.id`, 'already in the collection', 'duplicate');
    seen.add(key);
  });
  const postIds = entries.filter((entry) => entry.kind === 'post').map((entry) => entry.id);
  const itemIds = entries.filter((entry) => entry.kind === 'item').map((entry) => entry.id);
  const [posts, items] = await Promise.all([
    postIds.length
      ? postRows(ctx.db, null, { ids: postIds, withHidden: false }).execute()
      : Promise.resolve([]),
    contentHeadlines(ctx.db, itemIds, ctx.locale),
  ]);
  const visiblePosts = new Set(posts.map((post) => post.id));
  entries.forEach((entry, index) => {
    if (entry.kind === 'post' && !visiblePosts.has(entry.id))
      throw invalidField(`entries.${index}.id`, 'no such post', 'unknownReference');
    if (entry.kind === 'item' && items.get(entry.id)?.status !== 'published')
      throw invalidField(`entries.${index}.id`, 'no such published item', 'unknownReference');
  });
}

async function checkSpace(ctx: Ctx, spaceId: string | null) {
  if (!spaceId) return;
  const space = await findSpace(ctx.db, spaceId);
  if (space?.kind !== 'topic') throw invalidField('spaceId', 'no such topic space', 'unknownReference');
}

export async function createCollection(ctx: Ctx, input: CollectionInput) {
  assertCan(ctx.auth, 'knowledge.moderate');
  const me = personIdOf(ctx.auth);
  await checkSpace(ctx, input.spaceId);
  await checkEntries(ctx, input.entries);
  return runChange(ctx, async (tx) => {
    const { id } = await insertCollection(tx.db, {
      curator_id: me,
      title: input.title,
      description: input.description,
      space_id: input.spaceId,
    });
    await replaceEntries(tx.db, id, input.entries);
    tx.record({
      action: 'knowledge_collection.created',
      subjectId: id,
      changes: { title: input.title, entries: input.entries.length },
    });
    return id;
  });
}

export async function changeCollection(ctx: Ctx, id: string, input: CollectionInput) {
  const me = personIdOf(ctx.auth);
  const existing = await lockCollection(ctx.db, id);
  if (!existing) throw notFound('Collection');
  if (!canEditCollection(ctx.auth, me, existing)) throw forbidden('Only the curator or L&D changes it.');
  await checkSpace(ctx, input.spaceId);
  await checkEntries(ctx, input.entries);
  await runChange(ctx, async (tx) => {
    if (!(await lockCollection(tx.db, id))) throw notFound('Collection');
    await updateCollection(tx.db, id, {
      title: input.title,
      description: input.description,
      space_id: input.spaceId,
    });
    await replaceEntries(tx.db, id, input.entries);
    tx.record({
      action: 'knowledge_collection.updated',
      subjectId: id,
      changes: { title: input.title, entries: input.entries.length },
    });
  });
}

export async function removeCollection(ctx: Ctx, id: string) {
  const me = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const existing = await lockCollection(tx.db, id);
    if (!existing) throw notFound('Collection');
    if (!canEditCollection(tx.auth, me, existing)) throw forbidden('Only the curator or L&D removes it.');
    await deleteCollection(tx.db, id);
    tx.record({ action: 'knowledge_collection.deleted', subjectId: id, changes: { title: existing.title } });
  });
}

/** One more open by someone else than the author or curator: a count for the day, never who. */
export async function recordOpen(
  ctx: Ctx,
  subject: { kind: 'post' | 'collection'; id: string; ownerId: string | null },
) {
  if (subject.ownerId === personIdOf(ctx.auth)) return;
  await countOpen(ctx.db, subject, ctx.today());
}
