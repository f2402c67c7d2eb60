import type { ChangeCtx } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { contentHeadlines, pathTitles } from '../catalogue/index.ts';
import { findFile } from '../files/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { recognitionChange } from './recognition.cache.ts';
import './recognition.events.ts';
import {
  type BadgeRow,
  badgesQuery,
  deleteBadgeCelebration,
  findBadge,
  holdersQuery,
  insertAward,
  lockAward,
  markRevoked,
  qualifyingPeople,
} from './badges.repository.ts';
import { notifyBadge } from './recognition.notify.ts';
import { canAwardTo } from './recognition.policy.ts';
import { addPoints, findPersonBasic, insertCelebration } from './recognition.repository.ts';
import type { BadgeChanges, BadgeInput } from './recognition.schemas.ts';

async function assertCriteria(
  tx: OrgContext,
  input: { criteriaKind: string; criteriaSubjectId?: string | null },
) {
  const subject = input.criteriaSubjectId;
  if (!subject) return;
  if (input.criteriaKind === 'path_completed') {
    if (!(await pathTitles(tx.db, [subject])).has(subject))
      throw invalidField('criteriaSubjectId', 'no such learning path', 'notFound');
  } else if (input.criteriaKind === 'event_attended') {
    const item = (await contentHeadlines(tx.db, [subject], tx.locale)).get(subject);
    if (item?.kind !== 'event') throw invalidField('criteriaSubjectId', 'no such event', 'notFound');
  } else throw invalidField('criteriaSubjectId', 'only paths and events are named in criteria', 'notAllowed');
}

async function assertImage(tx: OrgContext, fileId: string | null | undefined) {
  if (!fileId) return;
  const file = await findFile(tx.db.executor, tx.db.organisationId, fileId);
  if (!file) throw invalidField('imageFileId', 'no such file in this organisation', 'notFound');
  if (file.purpose !== 'image')
    throw invalidField('imageFileId', `is a ${file.purpose} file, not an image`, 'notImage');
}

export async function createBadge(ctx: Ctx, input: BadgeInput) {
  assertCan(ctx.auth, 'recognition.manage');
  return recognitionChange(ctx, async (tx) => {
    await assertCriteria(tx, input);
    await assertImage(tx, input.imageFileId);
    const { id } = await tx.db
      .insertInto('badges', {
        name: input.name,
        description: input.description,
        criteria_narrative: input.criteriaNarrative,
        criteria_kind: input.criteriaKind,
        criteria_subject_id: input.criteriaSubjectId ?? null,
        criteria_count: input.criteriaCount,
        image_file_id: input.imageFileId ?? null,
        created_by: personIdOf(tx.auth),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({ action: 'badge.created', subjectId: id, changes: { name: input.name } });
    // Who already meets the criteria gets it now; the job is the backstop.
    const badge = await findBadge(tx.db, id);
    if (badge) await awardQualifying(tx, badge, null);
    return id;
  });
}

export async function changeBadge(ctx: Ctx, id: string, input: BadgeChanges) {
  assertCan(ctx.auth, 'recognition.manage');
  return recognitionChange(
    ctx,
    async (tx) => {
      const row = await findBadge(tx.db, id);
      if (!row) throw notFound('Badge');
      const criteriaKind = input.criteriaKind ?? row.criteria_kind;
      const criteriaSubjectId =
        input.criteriaSubjectId !== undefined ? input.criteriaSubjectId : row.criteria_subject_id;
      if (input.criteriaKind !== undefined || input.criteriaSubjectId !== undefined)
        await assertCriteria(tx, { criteriaKind, criteriaSubjectId });
      await assertImage(tx, input.imageFileId);
      const columns = {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.criteriaNarrative !== undefined && { criteria_narrative: input.criteriaNarrative }),
        ...(input.criteriaKind !== undefined && { criteria_kind: input.criteriaKind }),
        ...(input.criteriaSubjectId !== undefined && { criteria_subject_id: input.criteriaSubjectId }),
        ...(input.criteriaCount !== undefined && { criteria_count: input.criteriaCount }),
        ...(input.imageFileId !== undefined && { image_file_id: input.imageFileId }),
        ...(input.archived !== undefined && {
          archived_at: input.archived ? (row.archived_at ?? tx.now()) : null,
        }),
      };
      await tx.db.updateTable('badges').set(columns).where('id', '=', id).execute();
      tx.record({ action: 'badge.updated', subjectId: id, changes: input });
    },
    { lock: { table: 'badges', id } },
  );
}

/** A manager (for a report) or L&D/HR awards a badge by hand, with the reason in words. */
export async function awardBadge(ctx: Ctx, id: string, input: { personId: string; reason: string }) {
  return recognitionChange(ctx, async (tx) => {
    const badge = await findBadge(tx.db, id);
    if (!badge) throw notFound('Badge');
    const person = await findPersonBasic(tx.db, input.personId);
    if (!person || person.status === 'left') throw invalidField('personId', 'no such colleague', 'notFound');
    if (!canAwardTo(tx.auth, person)) throw forbidden('Only their manager or L&D awards a badge by hand.');
    if (badge.archived_at) throw new AppError('conflict', 'This badge is archived.');
    // A revoked award gives way to a new one by hand (with its own credential); the criteria never do that.
    await tx.db
      .deleteFrom('badge_awards')
      .where('badge_id', '=', badge.id)
      .where('person_id', '=', person.id)
      .where('revoked_at', 'is not', null)
      .execute();
    const awarded = await award(tx, badge, person.id, { by: personIdOf(tx.auth), reason: input.reason });
    if (!awarded) throw new AppError('conflict', 'This person already has this badge.');
  });
}

/**
 * Whoever may award a badge to the person (L&D/HR, or their manager) takes an award back, with the reason
 * in words. The person no longer sees it (nor its celebration); its Open Badges credential, if issued, is
 * revoked by credentials on `recognition.badge_revoked`. Points already earned stay (the ledger is
 * append-only). Another organisation's award is not found.
 */
export async function revokeAward(ctx: Ctx, awardId: string, input: { reason: string }) {
  return recognitionChange(ctx, async (tx) => {
    const row = await lockAward(tx.db, awardId);
    if (!row || row.revoked_at) throw notFound('Badge award');
    const person = await findPersonBasic(tx.db, row.person_id);
    if (!person || !canAwardTo(tx.auth, person))
      throw forbidden('Only their manager or L&D takes back a badge.');
    const by = tx.auth.kind === 'person' ? tx.auth.personId : null;
    await markRevoked(tx.db, row.id, { at: tx.now(), by, reason: input.reason });
    await deleteBadgeCelebration(tx.db, row.person_id, row.badge_id);
    tx.record({
      action: 'badge.revoked',
      subjectId: row.badge_id,
      changes: { personId: row.person_id, awardId: row.id, reason: input.reason },
    });
    tx.publish('recognition.badge_revoked', {
      personId: row.person_id,
      badgeId: row.badge_id,
      awardId: row.id,
      revokedBy: by,
      reason: input.reason,
    });
  });
}

/** A badge's current holders, for L&D's list: each with whether this reader may take it back. */
export async function badgeHolders(ctx: Ctx, badgeId: string) {
  assertCan(ctx.auth, 'recognition.manage');
  if (!(await findBadge(ctx.db, badgeId))) throw notFound('Badge');
  const rows = await holdersQuery(ctx.db, badgeId);
  return rows.map((row) => ({
    id: row.id,
    person: { id: row.person_id, name: row.person_name },
    awardedAt: row.awarded_at.toISOString(),
    isManual: row.awarded_by !== null,
    reason: row.reason,
    canRevoke: canAwardTo(ctx.auth, { id: row.person_id, manager_id: row.manager_id }),
  }));
}

async function award(
  tx: ChangeCtx<OrgContext>,
  badge: BadgeRow,
  personId: string,
  by: { by: string | null; reason: string | null },
) {
  const row = await insertAward(tx.db, {
    badge_id: badge.id,
    person_id: personId,
    awarded_by: by.by,
    reason: by.reason,
  });
  if (!row) return false;
  await insertCelebration(tx.db, {
    person_id: personId,
    kind: 'badge',
    subject_id: badge.id,
    title: badge.name,
  });
  await addPoints(tx.db, { personId, action: 'badge_earned', sourceId: badge.id, onDate: tx.today() });
  await notifyBadge(tx.db, personId, badge.name);
  tx.record({ action: 'badge.awarded', subjectId: badge.id, changes: { personId, manual: Boolean(by.by) } });
  tx.publish('recognition.badge_awarded', { personId, badgeId: badge.id, awardId: row.id });
  return true;
}

async function awardQualifying(tx: ChangeCtx<OrgContext>, badge: BadgeRow, among: string[] | null) {
  for (const personId of await qualifyingPeople(tx.db, badge, among))
    await award(tx, badge, personId, { by: null, reason: null });
}

/** Every automatic badge whose criteria these people now meet (inside the caller's change). */
export async function evaluateBadges(tx: ChangeCtx<OrgContext>, personIds: string[]) {
  const badges = await badgesQuery(tx.db)
    .where('archived_at', 'is', null)
    .where('criteria_kind', '<>', 'manual')
    .execute();
  for (const badge of badges) await awardQualifying(tx, badge, personIds);
}

/** The job: every organisation's automatic badges for everyone (the backstop to the event listeners). */
export async function awardAllBadges({ db, log, bus }: ModuleDeps) {
  const organisations = await db
    .selectFrom('badges')
    .select('organisation_id')
    .where('archived_at', 'is', null)
    .where('criteria_kind', '<>', 'manual')
    .distinct()
    .execute();
  for (const { organisation_id } of organisations) {
    const ctx = await organisationContextOf({ db, log, bus }, organisation_id);
    await recognitionChange(ctx, async (tx) => {
      const badges = await badgesQuery(tx.db)
        .where('archived_at', 'is', null)
        .where('criteria_kind', '<>', 'manual')
        .execute();
      for (const badge of badges) await awardQualifying(tx, badge, null);
    });
  }
}
