import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Locale, RatingSource } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, invalidField, notFound } from '../../http/errors.ts';
import { bellText } from '../../messages/index.ts';
import { type Auth, can, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { queueMail } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { displayName } from '../people/index.ts';
import { existingSkillIds, findPersonName } from './skills.repository.ts';
import { maxLevelOf } from './skills.scale.ts';
import type { answerRequestBody, preferencesBody, rateBody, ratingRequestBody } from './skills.schemas.ts';

/** What a rating by `auth` on `person` counts as: derived from who rates, never chosen by them. */
export function sourceFor(
  auth: Auth,
  person: { id: string; manager_id: string | null },
): RatingSource | null {
  if (auth.kind !== 'person') return null;
  if (auth.personId === person.id) return 'self';
  if (person.manager_id === auth.personId) return 'manager';
  return 'peer';
}

/** May the viewer see someone's whole skills map? Themself, their manager, and L&D/HR. */
export function canSeeSkillsOf(auth: Auth, person: { id: string; manager_id: string | null }): boolean {
  if (can(auth, 'skills.insight')) return true;
  return auth.kind === 'person' && (auth.personId === person.id || person.manager_id === auth.personId);
}

async function checkLevel(tenant: TenantDb, level: number, field: string) {
  const top = await maxLevelOf(tenant);
  if (level > top) throw invalidField(field, `the scale goes up to ${top}`);
}

export async function ratePerson(options: {
  db: Db;
  auth: Auth;
  personId: string;
  input: z.infer<typeof rateBody>;
}) {
  const { auth, input, personId } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const person = await findPersonName(tenant, personId);
    if (!person) throw notFound('Person');
    if (!(await existingSkillIds(tenant, [input.skillId])).has(input.skillId))
      throw invalidField('skillId', 'no such skill in this organisation');
    await checkLevel(tenant, input.level, 'level');
    let source = sourceFor(auth, person);
    if (input.evidenceKind) {
      if (!can(auth, 'skills.insight')) throw new AppError('forbidden', 'Only L&D and HR record evidence.');
      source = 'evidence';
    }
    if (!source) throw new AppError('forbidden', 'This needs a signed-in person, not an API token.');
    const row = await tenant
      .insertInto('skill_ratings', {
        person_id: personId,
        skill_id: input.skillId,
        source,
        level: input.level,
        rater_id: auth.kind === 'person' ? auth.personId : null,
        evidence_kind: input.evidenceKind ?? null,
        note: input.note ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, auth, {
      action: 'skill.rated',
      subjectType: 'person',
      subjectId: personId,
      changes: { skillId: input.skillId, source, level: input.level },
    });
    return row.id;
  });
}

export async function setPreferences(options: {
  db: Db;
  auth: Auth;
  skillId: string;
  input: z.infer<typeof preferencesBody>;
}) {
  const personId = personIdOf(options.auth);
  const { input, skillId } = options;
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    if (!(await existingSkillIds(tenant, [skillId])).has(skillId)) throw notFound('Skill');
    const values = {
      ...(input.wantsToGrow !== undefined ? { wants_to_grow: input.wantsToGrow } : {}),
      ...(input.isInterest !== undefined ? { is_interest: input.isInterest } : {}),
      ...(input.willingToMentor !== undefined ? { willing_to_mentor: input.willingToMentor } : {}),
    };
    await tenant
      .insertInto('person_skills', { person_id: personId, skill_id: skillId, ...values })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'person_id', 'skill_id'])
          .doUpdateSet({ ...values, updated_at: new Date() }),
      )
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'skill.preferences_set',
      subjectType: 'person',
      subjectId: personId,
      changes: { skillId, ...input },
    });
  });
}

export async function requestRating(options: {
  db: Db;
  auth: Auth;
  input: z.infer<typeof ratingRequestBody>;
  baseUrl: string;
}) {
  const personId = personIdOf(options.auth);
  const { input } = options;
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    if (input.raterId === personId) throw invalidField('raterId', 'ask someone else than yourself');
    const rater = await findPersonName(tenant, input.raterId);
    if (!rater) throw invalidField('raterId', 'no such person in this organisation');
    const skillIds = [...new Set(input.skillIds)];
    const known = await existingSkillIds(tenant, skillIds);
    const unknown = skillIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw invalidField(`skillIds.${unknown}`, 'no such skill in this organisation');
    const row = await tenant
      .insertInto('rating_requests', {
        person_id: personId,
        rater_id: input.raterId,
        skill_ids: skillIds,
        message: input.message ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [person, skills, organisation] = await Promise.all([
      findPersonName(tenant, personId),
      tenant.selectFrom('skills').select(['name_nl', 'name_en']).where('id', 'in', skillIds).execute(),
      tenant.executor
        .selectFrom('organisations')
        .select('default_locale')
        .where('id', '=', tenant.organisationId)
        .executeTakeFirstOrThrow(),
    ]);
    const locale = (rater.locale ?? organisation.default_locale) as Locale;
    await queueMail(tenant, {
      to: rater.email,
      kind: 'skill_rating_request',
      locale,
      vars: {
        name: rater.given_name,
        person: displayName(person!),
        skills: skills.map((s) => (locale === 'en' ? s.name_en : s.name_nl)).join(', '),
        message: input.message ? `\n"${input.message}"\n` : '',
        link: `${options.baseUrl}/skills/requests`,
      },
    });
    const skillNames = skills.map((s) => (locale === 'en' ? s.name_en : s.name_nl)).join(', ');
    await notify(tenant, tenant.organisationId, input.raterId, {
      kind: 'skill_rating_request',
      ...bellText('skill_rating_request', locale, { person: displayName(person!), skills: skillNames }),
      body: input.message ?? '',
      link: '/skills/requests',
      isEmailed: true,
    });
    await recordEvent(tenant, options.auth, {
      action: 'skill_rating.requested',
      subjectType: 'rating_request',
      subjectId: row.id,
      changes: { raterId: input.raterId, skills: skillIds.length },
    });
    return row.id;
  });
}

async function openRequestFor(tenant: TenantDb, auth: Auth, requestId: string) {
  const request = await tenant
    .selectFrom('rating_requests')
    .selectAll()
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();
  if (!request) throw notFound('Rating request');
  if (auth.kind !== 'person' || request.rater_id !== auth.personId)
    throw new AppError('forbidden', 'Only the person asked can answer this request.');
  if (request.status !== 'open') throw new AppError('conflict', 'This request has already been answered.');
  return request;
}

export async function answerRatingRequest(options: {
  db: Db;
  auth: Auth;
  requestId: string;
  input: z.infer<typeof answerRequestBody>;
}) {
  const { auth, input } = options;
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const request = await openRequestFor(tenant, auth, options.requestId);
    const person = await findPersonName(tenant, request.person_id);
    if (!person) throw notFound('Person');
    const source = sourceFor(auth, person)!;
    const top = await maxLevelOf(tenant);
    input.ratings.forEach((rating, i) => {
      if (!request.skill_ids.includes(rating.skillId))
        throw invalidField(`ratings.${i}.skillId`, 'this skill was not part of the request');
      if (rating.level > top) throw invalidField(`ratings.${i}.level`, `the scale goes up to ${top}`);
    });
    await tenant
      .insertInto(
        'skill_ratings',
        input.ratings.map((rating) => ({
          person_id: request.person_id,
          skill_id: rating.skillId,
          source,
          level: rating.level,
          rater_id: personIdOf(auth),
          evidence_kind: null,
          note: input.note ?? null,
        })),
      )
      .execute();
    await tenant
      .updateTable('rating_requests')
      .set({ status: 'done', answered_at: new Date() })
      .where('id', '=', request.id)
      .execute();
    await recordEvent(tenant, auth, {
      action: 'skill_rating.answered',
      subjectType: 'rating_request',
      subjectId: request.id,
      changes: { source, ratings: input.ratings.length },
    });
  });
}

export async function declineRatingRequest(options: { db: Db; auth: Auth; requestId: string }) {
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const request = await openRequestFor(tenant, options.auth, options.requestId);
    await tenant
      .updateTable('rating_requests')
      .set({ status: 'declined', answered_at: new Date() })
      .where('id', '=', request.id)
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'skill_rating.declined',
      subjectType: 'rating_request',
      subjectId: request.id,
    });
  });
}
