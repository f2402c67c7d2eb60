import type { ChangeCtx } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { sanitiseRichText, textOf } from '../../http/rich-text.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { contentHeadlines, enrolmentsWithProgress } from '../catalogue/index.ts';
import { fileHeadlines } from '../files/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { displayName } from '../people/index.ts';
import { knowledgeChange } from './knowledge.cache.ts';
import './knowledge.events.ts';
import type { z } from 'zod';
import { findComment, insertComment, setReaction, setSaved } from './knowledge.interactions.repository.ts';
import { canDelete, canMarkBestAnswer, canModerate, canPostIn } from './knowledge.policy.ts';
import {
  currentPeopleAmong,
  deletePost,
  findSpace,
  insertPost,
  insertSpace,
  insertTags,
  lockPost,
  setBestComment,
  unitLineIds,
} from './knowledge.repository.ts';
import type { CreatePostInput, createSpaceBody } from './knowledge.schemas.ts';
import { resolveReports, setHidden, upsertReport } from './moderation.repository.ts';

export const postUrl = (baseUrl: string, postId: string) => `${baseUrl}/knowledge/posts/${postId}`;

async function nameOf(tx: Ctx, personId: string) {
  const person = await tx.db
    .selectFrom('people')
    .select(['given_name', 'family_name_prefix', 'family_name'])
    .where('id', '=', personId)
    .executeTakeFirst();
  return person ? displayName(person) : '';
}

async function checkSkills(ctx: Ctx, skillIds: string[], field: string) {
  if (!skillIds.length) return;
  const found = await resolveReferences(
    ctx.db,
    skillIds.map((id) => ({ kind: 'skill' as const, id })),
    { auth: ctx.auth, locale: ctx.locale },
  );
  skillIds.forEach((id, index) => {
    if (!found.has(referenceKey({ kind: 'skill', id })))
      throw invalidField(`${field}.${index}`, 'no such skill in this organisation', 'unknownReference');
  });
}

/** Mentioned people must be current colleagues; the author is never notified of themselves. */
async function checkMentions(ctx: Ctx, ids: string[], field: string) {
  const current = await currentPeopleAmong(ctx.db, [...new Set(ids)]);
  ids.forEach((id, index) => {
    if (!current.has(id)) throw invalidField(`${field}.${index}`, 'no such colleague', 'unknownReference');
  });
  return [...current].filter((id) => id !== personIdOf(ctx.auth));
}

async function notifyMentions(
  tx: ChangeCtx<Ctx>,
  people: string[],
  post: { id: string; title: string },
  author: string,
  baseUrl: string,
) {
  for (const personId of people)
    await notifyPerson(tx.db, personId, {
      kind: 'knowledge_mention',
      vars: ({ name }) => ({ name, author, title: post.title, link: postUrl(baseUrl, post.id) }),
    });
}

/** A topic space around a skill or theme (ambassadors, L&D, HR). */
export async function createSpace(ctx: Ctx, input: z.infer<typeof createSpaceBody>) {
  assertCan(ctx.auth, 'knowledge.moderate');
  const me = personIdOf(ctx.auth);
  if (input.skillId)
    await checkSkills(ctx, [input.skillId], 'skillId').catch(() => {
      throw invalidField('skillId', 'no such skill in this organisation', 'unknownReference');
    });
  return knowledgeChange(ctx, async (tx) => {
    const { id } = await insertSpace(tx.db, {
      name: input.name,
      description: input.description || null,
      skill_id: input.skillId ?? null,
      created_by: me,
    });
    tx.record({ action: 'knowledge_space.created', subjectId: id, changes: { name: input.name } });
    return id;
  });
}

/** Shares a tip, question, resource or "wat ik geleerd heb"; the HTML is cleaned before it is stored. */
export async function createPost(ctx: Ctx, input: CreatePostInput, baseUrl: string) {
  const me = personIdOf(ctx.auth);
  const space = await findSpace(ctx.db, input.spaceId);
  if (!space) throw invalidField('spaceId', 'no such space in this organisation', 'unknownReference');
  if (!canPostIn(ctx.auth, space, await unitLineIds(ctx.db, me)))
    throw forbidden('Only the people of this unit post in its space.');
  if (input.kind === 'resource' && !input.linkUrl && !input.fileId)
    throw invalidField('linkUrl', 'a resource needs a link or a file', 'required');
  if (input.kind === 'learned' && !input.learned)
    throw invalidField('learned', 'say which learning you finished', 'required');
  if (input.kind !== 'learned' && input.learned)
    throw invalidField('learned', 'only a "learned" post is about finished learning', 'invalid');
  if (input.kind !== 'learned' && input.appliedText)
    throw invalidField('appliedText', 'only a "learned" post says how it was applied', 'invalid');
  let learnedTitle: string | null = null;
  if (input.learned) {
    const [enrolment] = await enrolmentsWithProgress(ctx.db, [me], ctx.locale, {
      only: { type: input.learned.kind, id: input.learned.id },
    });
    if (!enrolment?.completedAt)
      throw invalidField('learned.id', 'you have not finished this learning', 'notFinished');
    learnedTitle = enrolment.title.slice(0, 300);
  }
  if (input.fileId) {
    const file = (await fileHeadlines(ctx.db, [input.fileId])).get(input.fileId);
    if (!file || file.createdBy !== me)
      throw invalidField('fileId', 'upload the file first (POST /knowledge/files)', 'unknownReference');
  }
  await checkSkills(ctx, input.skillIds, 'skillIds');
  const itemIds = [...new Set(input.itemIds)];
  if (itemIds.length) {
    const headlines = await contentHeadlines(ctx.db, itemIds, ctx.locale);
    input.itemIds.forEach((id, index) => {
      if (headlines.get(id)?.status !== 'published')
        throw invalidField(`itemIds.${index}`, 'no such published item', 'unknownReference');
    });
  }
  const mentioned = await checkMentions(ctx, input.mentionIds, 'mentionIds');
  const body = sanitiseRichText(input.bodyHtml, 'announcement');
  const id = await knowledgeChange(ctx, async (tx) => {
    const post = await insertPost(tx.db, {
      space_id: space.id,
      author_id: me,
      kind: input.kind,
      language: input.language ?? (ctx.locale === 'en' ? 'en' : 'nl'),
      title: input.title,
      body_html: body.html,
      body_text: textOf(body.html).slice(0, 50_000),
      link_url: input.linkUrl ?? null,
      file_id: input.fileId ?? null,
      learned_kind: input.learned?.kind ?? null,
      learned_id: input.learned?.id ?? null,
      learned_title: learnedTitle,
      applied_text: input.kind === 'learned' ? (input.appliedText ?? null) : null,
    });
    await insertTags(tx.db, post.id, [
      ...input.skillIds.map((tagId) => ({ tag_kind: 'skill' as const, tag_id: tagId })),
      ...itemIds.map((tagId) => ({ tag_kind: 'content' as const, tag_id: tagId })),
      ...(input.learned ? [{ tag_kind: input.learned.kind, tag_id: input.learned.id }] : []),
    ]);
    tx.record({
      action: 'knowledge_post.created',
      subjectId: post.id,
      changes: { kind: input.kind, spaceId: space.id },
    });
    await notifyMentions(tx, mentioned, { id: post.id, title: input.title }, await nameOf(tx, me), baseUrl);
    return post.id;
  });
  return { id, wasSanitised: body.wasChanged };
}

/** The post for a change by this reader: hidden posts do not exist for anyone but moderators. */
async function lockedVisiblePost(tx: ChangeCtx<Ctx>, id: string) {
  const post = await lockPost(tx.db, id);
  if (!post || (post.hidden_at && !canModerate(tx.auth))) throw notFound('Post');
  return post;
}

export async function removePost(ctx: Ctx, id: string) {
  const me = personIdOf(ctx.auth);
  await knowledgeChange(ctx, async (tx) => {
    const post = await lockedVisiblePost(tx, id);
    if (!canDelete(tx.auth, me, post)) throw forbidden('Only the author or a moderator removes a post.');
    await deletePost(tx.db, id);
    tx.record({ action: 'knowledge_post.deleted', subjectId: id, changes: { title: post.title } });
  });
}

export async function addComment(
  ctx: Ctx,
  id: string,
  input: { bodyHtml: string; mentionIds: string[] },
  baseUrl: string,
) {
  const me = personIdOf(ctx.auth);
  const body = sanitiseRichText(input.bodyHtml, 'announcement');
  if (!textOf(body.html)) throw invalidField('bodyHtml', 'write something', 'required');
  const mentioned = await checkMentions(ctx, input.mentionIds, 'mentionIds');
  return knowledgeChange(ctx, async (tx) => {
    const post = await lockedVisiblePost(tx, id);
    const comment = await insertComment(tx.db, { post_id: id, author_id: me, body_html: body.html });
    tx.record({ action: 'knowledge_post.commented', subjectId: id, changes: { commentId: comment.id } });
    const author = await nameOf(tx, me);
    if (post.kind === 'question' && post.author_id && post.author_id !== me)
      await notifyPerson(tx.db, post.author_id, {
        kind: 'knowledge_answer',
        vars: ({ name }) => ({ name, author, title: post.title, link: postUrl(baseUrl, id) }),
      });
    await notifyMentions(
      tx,
      mentioned.filter((personId) => personId !== post.author_id || post.kind !== 'question'),
      post,
      author,
      baseUrl,
    );
    return comment.id;
  });
}

export async function markBestAnswer(ctx: Ctx, id: string, commentId: string | null) {
  const me = personIdOf(ctx.auth);
  await knowledgeChange(ctx, async (tx) => {
    const post = await lockedVisiblePost(tx, id);
    if (!canMarkBestAnswer(me, post)) throw forbidden('Only the asker marks the best answer to a question.');
    if (commentId && !(await findComment(tx.db, id, commentId)))
      throw invalidField('commentId', 'no such answer to this question', 'unknownReference');
    await setBestComment(tx.db, id, commentId);
    tx.record({ action: 'knowledge_post.best_answer_marked', subjectId: id, changes: { commentId } });
  });
}

export async function react(
  ctx: Ctx,
  id: string,
  input: { reaction: 'like' | 'thanks' | 'insightful'; isOn: boolean },
) {
  const me = personIdOf(ctx.auth);
  await knowledgeChange(ctx, async (tx) => {
    await lockedVisiblePost(tx, id);
    await setReaction(tx.db, { post_id: id, person_id: me, reaction: input.reaction }, input.isOn);
  });
}

export async function save(ctx: Ctx, id: string, isSaved: boolean) {
  const me = personIdOf(ctx.auth);
  await knowledgeChange(ctx, async (tx) => {
    await lockedVisiblePost(tx, id);
    await setSaved(tx.db, { post_id: id, person_id: me }, isSaved);
  });
}

export async function report(ctx: Ctx, id: string, reason: string) {
  const me = personIdOf(ctx.auth);
  await knowledgeChange(ctx, async (tx) => {
    await lockedVisiblePost(tx, id);
    await upsertReport(tx.db, { post_id: id, reporter_id: me, reason });
    tx.record({ action: 'knowledge_post.reported', subjectId: id, changes: { reason } });
  });
}

/** Moderators hide a post (it is gone for everyone else) or restore it, always with a reason. */
export async function moderate(ctx: Ctx, id: string, input: { reason: string; hide: boolean }) {
  assertCan(ctx.auth, 'knowledge.moderate');
  const me = personIdOf(ctx.auth);
  await knowledgeChange(ctx, async (tx) => {
    const post = await lockedVisiblePost(tx, id);
    if (input.hide === Boolean(post.hidden_at))
      throw new AppError('conflict', input.hide ? 'The post is hidden already.' : 'The post is not hidden.');
    await setHidden(
      tx.db,
      id,
      input.hide ? { hidden_at: tx.now(), hidden_by: me, hidden_reason: input.reason } : null,
    );
    await resolveReports(tx.db, id, tx.now());
    tx.record({
      action: input.hide ? 'knowledge_post.hidden' : 'knowledge_post.restored',
      subjectId: id,
      changes: { reason: input.reason },
    });
  });
}
