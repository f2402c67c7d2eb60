import type { z } from 'zod';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { Locale } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { AppError, invalidField, notFound } from '../../../http/errors.ts';
import { type Auth, assertCan, can, personIdOf } from '../../access/index.ts';
import { queueMail } from '../../mail/index.ts';
import { notify } from '../../notifications/index.ts';
import { displayName } from '../../people/index.ts';
import '../skills.events.ts';
import { sourceFor } from '../skills.policy.ts';
import { existingSkillIds, findPersonName, organisationLocale, skillNames } from '../skills.repository.ts';
import { maxLevelOf } from '../skills.scale.ts';
import { closeRatingRequest, lockRatingRequest } from './ratings.repository.ts';
import type { answerRequestBody, preferencesBody, rateBody, ratingRequestBody } from './ratings.schemas.ts';

async function checkLevel(tenant: TenantDb, level: number, field: string) {
  const top = await maxLevelOf(tenant);
  if (level > top) throw invalidField(field, `the scale goes up to ${top}`);
}

/** Rates a person on a skill; it counts as self, manager or peer by who rates (evidence: L&D/HR). */
export async function ratePerson(ctx: Ctx, options: { personId: string; input: z.infer<typeof rateBody> }) {
  assertCan(ctx.auth, 'skills.read');
  const { input, personId } = options;
  return runChange(ctx, async (tx) => {
    const person = await findPersonName(tx.db, personId);
    if (!person) throw notFound('Person');
    if (!(await existingSkillIds(tx.db, [input.skillId])).has(input.skillId))
      throw invalidField('skillId', 'no such skill in this organisation');
    await checkLevel(tx.db, input.level, 'level');
    let source = sourceFor(tx.auth, person);
    if (input.evidenceKind) {
      if (!can(tx.auth, 'skills.insight'))
        throw new AppError('forbidden', 'Only L&D and HR record evidence.');
      source = 'evidence';
    }
    if (!source) throw new AppError('forbidden', 'This needs a signed-in person, not an API token.');
    const row = await tx.db
      .insertInto('skill_ratings', {
        person_id: personId,
        skill_id: input.skillId,
        source,
        level: input.level,
        rater_id: tx.auth.kind === 'person' ? tx.auth.personId : null,
        evidence_kind: input.evidenceKind ?? null,
        note: input.note ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({
      action: 'skill.rated',
      subjectId: personId,
      changes: { skillId: input.skillId, source, level: input.level },
    });
    return row.id;
  });
}

/** My wishes for a skill: want to grow, interest, willing to mentor. */
export async function setPreferences(
  ctx: Ctx,
  options: { skillId: string; input: z.infer<typeof preferencesBody> },
) {
  assertCan(ctx.auth, 'skills.read');
  const personId = personIdOf(ctx.auth);
  const { input, skillId } = options;
  await runChange(ctx, async (tx) => {
    if (!(await existingSkillIds(tx.db, [skillId])).has(skillId)) throw notFound('Skill');
    const values = {
      ...(input.wantsToGrow !== undefined ? { wants_to_grow: input.wantsToGrow } : {}),
      ...(input.isInterest !== undefined ? { is_interest: input.isInterest } : {}),
      ...(input.willingToMentor !== undefined ? { willing_to_mentor: input.willingToMentor } : {}),
    };
    await tx.db
      .insertInto('person_skills', { person_id: personId, skill_id: skillId, ...values })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'person_id', 'skill_id'])
          .doUpdateSet({ ...values, updated_at: tx.now() }),
      )
      .execute();
    tx.record({ action: 'skill.preferences_set', subjectId: personId, changes: { skillId, ...input } });
  });
}

/** Asks my manager or a colleague to rate me on some skills: a task on their bell and an e-mail. */
export async function requestRating(
  ctx: Ctx,
  options: { input: z.infer<typeof ratingRequestBody>; baseUrl: string },
) {
  assertCan(ctx.auth, 'skills.read');
  const personId = personIdOf(ctx.auth);
  const { input } = options;
  return runChange(ctx, async (tx) => {
    if (input.raterId === personId) throw invalidField('raterId', 'ask someone else than yourself');
    const rater = await findPersonName(tx.db, input.raterId);
    if (!rater) throw invalidField('raterId', 'no such person in this organisation');
    const skillIds = [...new Set(input.skillIds)];
    const known = await existingSkillIds(tx.db, skillIds);
    const unknown = skillIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw invalidField(`skillIds.${unknown}`, 'no such skill in this organisation');
    const row = await tx.db
      .insertInto('rating_requests', {
        person_id: personId,
        rater_id: input.raterId,
        skill_ids: skillIds,
        message: input.message ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [person, skills, defaultLocale] = await Promise.all([
      findPersonName(tx.db, personId),
      skillNames(tx.db, skillIds),
      organisationLocale(tx.db),
    ]);
    const locale = (rater.locale ?? defaultLocale) as Locale;
    const skillList = skills.map((s) => (locale === 'en' ? s.name_en : s.name_nl)).join(', ');
    await queueMail(tx.db, {
      to: rater.email,
      kind: 'skill_rating_request',
      locale,
      vars: {
        name: rater.given_name,
        person: displayName(person!),
        skills: skillList,
        message: input.message ? `\n"${input.message}"\n` : '',
        link: `${options.baseUrl}/skills/requests`,
      },
    });
    await notify(tx.db, tx.organisationId, input.raterId, {
      kind: 'skill_rating_request',
      title:
        locale === 'en'
          ? `${displayName(person!)} asks you to rate: ${skillList}`
          : `${displayName(person!)} vraagt je om een beoordeling: ${skillList}`,
      body: input.message ?? '',
      link: '/skills/requests',
      isEmailed: true,
    });
    tx.record({
      action: 'skill_rating.requested',
      subjectId: row.id,
      changes: { raterId: input.raterId, skills: skillIds.length },
    });
    return row.id;
  });
}

async function openRequestFor(tenant: TenantDb, auth: Auth, requestId: string) {
  const request = await lockRatingRequest(tenant, requestId);
  if (!request) throw notFound('Rating request');
  if (auth.kind !== 'person' || request.rater_id !== auth.personId)
    throw new AppError('forbidden', 'Only the person asked can answer this request.');
  if (request.status !== 'open') throw new AppError('conflict', 'This request has already been answered.');
  return request;
}

export async function answerRatingRequest(
  ctx: Ctx,
  options: { requestId: string; input: z.infer<typeof answerRequestBody> },
) {
  assertCan(ctx.auth, 'skills.read');
  const { input } = options;
  await runChange(ctx, async (tx) => {
    const request = await openRequestFor(tx.db, tx.auth, options.requestId);
    const person = await findPersonName(tx.db, request.person_id);
    if (!person) throw notFound('Person');
    const source = sourceFor(tx.auth, person)!;
    const top = await maxLevelOf(tx.db);
    input.ratings.forEach((rating, i) => {
      if (!request.skill_ids.includes(rating.skillId))
        throw invalidField(`ratings.${i}.skillId`, 'this skill was not part of the request');
      if (rating.level > top) throw invalidField(`ratings.${i}.level`, `the scale goes up to ${top}`);
    });
    await tx.db
      .insertInto(
        'skill_ratings',
        input.ratings.map((rating) => ({
          person_id: request.person_id,
          skill_id: rating.skillId,
          source,
          level: rating.level,
          rater_id: personIdOf(tx.auth),
          evidence_kind: null,
          note: input.note ?? null,
        })),
      )
      .execute();
    await closeRatingRequest(tx.db, request.id, 'done', tx.now());
    tx.record({
      action: 'skill_rating.answered',
      subjectId: request.id,
      changes: { source, ratings: input.ratings.length },
    });
  });
}

export async function declineRatingRequest(ctx: Ctx, requestId: string) {
  assertCan(ctx.auth, 'skills.read');
  await runChange(ctx, async (tx) => {
    const request = await openRequestFor(tx.db, tx.auth, requestId);
    await closeRatingRequest(tx.db, request.id, 'declined', tx.now());
    tx.record({ action: 'skill_rating.declined', subjectId: request.id });
  });
}
