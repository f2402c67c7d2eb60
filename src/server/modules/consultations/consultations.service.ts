import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { existingDirectionIds, publishDirectionDrafts } from '../direction/index.ts';
import { activateDraftGoals, existingGoalIds } from '../goals/index.ts';
import { notify } from '../notifications/index.ts';
import { consultationAudience, isInConsultationAudience } from './consultations.audience.ts';
import './consultations.events.ts';
import { isOpen } from './consultations.policy.ts';
import {
  anonymousResponsesByDay,
  findConsultation,
  findResponse,
  participantsOf,
} from './consultations.repository.ts';
import type { CreateConsultationInput } from './consultations.schemas.ts';

async function checkSubject(tenant: TenantDb, input: CreateConsultationInput) {
  const ids = [...new Set(input.subjectIds)];
  if (ids.length === 0) return;
  const found =
    input.subjectKind === 'goal_set'
      ? await existingGoalIds(tenant, ids)
      : await existingDirectionIds(tenant, input.subjectKind, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw invalidField('subjectIds', `not found: ${missing.join(', ')}`);
}

/** Puts a draft before an audience until a closing date, and tells the audience. */
export async function openConsultation(ctx: Ctx, input: CreateConsultationInput) {
  const { auth } = ctx;
  assertCan(auth, 'consultations.manage');
  if (new Date(input.closesAt) <= ctx.now()) throw invalidField('closesAt', 'must be in the future');
  if (input.audienceKind === 'units' && input.audienceUnitIds.length === 0)
    throw invalidField('audienceUnitIds', 'choose at least one unit');
  return runChange(ctx, async (tx) => {
    await checkSubject(tx.db, input);
    if (input.audienceUnitIds.length) {
      const units = await tx.db
        .selectFrom('org_units')
        .select('id')
        .where('id', 'in', input.audienceUnitIds)
        .execute();
      if (units.length !== new Set(input.audienceUnitIds).size)
        throw invalidField('audienceUnitIds', 'no such unit in this organisation');
    }
    const created = await tx.db
      .insertInto('consultations', {
        title: input.title,
        description: input.description,
        subject_kind: input.subjectKind,
        subject_ids: [...new Set(input.subjectIds)],
        audience_kind: input.audienceKind,
        audience_unit_ids: input.audienceKind === 'units' ? [...new Set(input.audienceUnitIds)] : [],
        allows_anonymous: input.allowsAnonymous,
        closes_at: new Date(input.closesAt),
        created_by: auth.kind === 'person' ? auth.personId : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const members = await consultationAudience(tx.db, created);
    await notify(
      tx.db,
      tx.organisationId,
      members.map((m) => m.id),
      {
        kind: 'consultation.opened',
        title: input.title,
        body: input.description.slice(0, 300),
        link: `/consultations/${created.id}`,
      },
    );
    tx.record({
      action: 'consultation.opened',
      subjectId: created.id,
      changes: {
        title: input.title,
        audienceKind: input.audienceKind,
        closesAt: input.closesAt,
        audienceSize: members.length,
      },
    });
    return created.id;
  });
}

/**
 * One response per person. An anonymous response is stored without the person, their unit or the
 * time of day; the participant row that enforces "once" carries no link to the response.
 */
export async function respond(
  ctx: Ctx,
  options: {
    consultationId: string;
    input: { kind: 'support' | 'concern' | 'question'; comment: string; isAnonymous: boolean };
  },
) {
  const { auth } = ctx;
  const { input } = options;
  assertCan(auth, 'direction.read');
  const personId = personIdOf(auth);
  await runChange(ctx, async (tx) => {
    const consultation = await findConsultation(tx.db, options.consultationId);
    if (!consultation || !(await isInConsultationAudience(tx.db, auth, consultation)))
      throw notFound('Consultation');
    if (!isOpen(consultation, tx.now())) throw new AppError('conflict', 'This consultation is closed.');
    if (input.isAnonymous && !consultation.allows_anonymous)
      throw invalidField('isAnonymous', 'this consultation does not take anonymous responses');
    const participant = await tx.db
      .insertInto('consultation_participants', { consultation_id: consultation.id, person_id: personId })
      .onConflict((oc) => oc.doNothing())
      .returning('person_id')
      .executeTakeFirst();
    if (!participant) throw new AppError('conflict', 'You have already responded to this consultation.');
    let unitId: string | null = null;
    if (!input.isAnonymous) {
      const me = await tx.db
        .selectFrom('people')
        .select('org_unit_id')
        .where('id', '=', personId)
        .executeTakeFirst();
      unitId = me?.org_unit_id ?? null;
    }
    const response = await tx.db
      .insertInto('consultation_responses', {
        consultation_id: consultation.id,
        person_id: input.isAnonymous ? null : personId,
        org_unit_id: unitId,
        is_anonymous: input.isAnonymous,
        kind: input.kind,
        comment: input.comment,
        // The day on the organisation's calendar: the only time an anonymous response keeps.
        created_on: tx.today(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // An anonymous response writes no audit row: even without a name, its time and its place in the
    // log would sit next to the respondent's own actions. Closing records the count per day instead.
    if (!input.isAnonymous)
      tx.record({
        action: 'consultation.responded',
        subjectId: consultation.id,
        changes: { responseId: response.id, kind: input.kind },
      });
  });
}

/** Management replies to a response (visible to the audience); a named respondent hears of it. */
export async function replyToResponse(ctx: Ctx, options: { responseId: string; body: string }) {
  const { auth } = ctx;
  assertCan(auth, 'consultations.manage');
  return runChange(ctx, async (tx) => {
    const response = await findResponse(tx.db, options.responseId);
    if (!response) throw notFound('Response');
    const consultation = (await findConsultation(tx.db, response.consultation_id))!;
    const reply = await tx.db
      .insertInto('consultation_replies', {
        response_id: response.id,
        body: options.body,
        person_id: auth.kind === 'person' ? auth.personId : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (response.person_id)
      await notify(tx.db, tx.organisationId, response.person_id, {
        kind: 'consultation.replied',
        title: consultation.title,
        body: options.body.slice(0, 300),
        link: `/consultations/${consultation.id}`,
      });
    tx.record({ action: 'consultation.replied', subjectId: consultation.id, changes: { replyId: reply.id } });
    return consultation.id;
  });
}

/** Closes with "what we did with your input"; every respondent hears, and the drafts can become final. */
export async function closeConsultation(
  ctx: Ctx,
  options: { consultationId: string; outcome: string; publishSubject: boolean },
) {
  assertCan(ctx.auth, 'consultations.manage');
  await runChange(
    ctx,
    async (tx) => {
      const consultation = await findConsultation(tx.db, options.consultationId);
      if (!consultation) throw notFound('Consultation');
      if (consultation.status === 'closed')
        throw new AppError('conflict', 'This consultation is already closed.');
      await tx.db
        .updateTable('consultations')
        .set({ status: 'closed', outcome: options.outcome, closed_at: tx.now() })
        .where('id', '=', consultation.id)
        .execute();
      const ids = consultation.subject_ids;
      if (options.publishSubject && ids.length) {
        if (consultation.subject_kind === 'goal_set') await activateDraftGoals(tx.db, ids, tx.now());
        else await publishDirectionDrafts(tx.db, consultation.subject_kind, ids, tx.now());
      }
      const participants = await participantsOf(tx.db, consultation.id);
      await notify(
        tx.db,
        tx.organisationId,
        participants.map((p) => p.person_id),
        {
          kind: 'consultation.closed',
          title: consultation.title,
          body: options.outcome.slice(0, 300),
          link: `/consultations/${consultation.id}`,
        },
      );
      tx.record({
        action: 'consultation.closed',
        subjectId: consultation.id,
        changes: {
          publishSubject: options.publishSubject,
          respondents: participants.length,
          anonymousResponsesByDay: await anonymousResponsesByDay(tx.db, consultation.id),
        },
      });
    },
    { lock: { table: 'consultations', id: options.consultationId } },
  );
}
