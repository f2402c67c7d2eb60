import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, invalidField, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import { organisationToday } from '../organisations/index.ts';
import { consultationAudience, isInConsultationAudience } from './consultations.audience.ts';
import {
  anonymousResponsesByDay,
  type ConsultationRow,
  findConsultation,
} from './consultations.repository.ts';
import type { CreateConsultationInput } from './consultations.schemas.ts';

export const isOpen = (row: ConsultationRow, now = new Date()) =>
  row.status === 'open' && row.closes_at > now;

async function checkSubject(tenant: TenantDb, input: CreateConsultationInput) {
  const ids = [...new Set(input.subjectIds)];
  if (ids.length === 0) return;
  const found =
    input.subjectKind === 'goal_set'
      ? await tenant.selectFrom('organisation_goals').select('id').where('id', 'in', ids).execute()
      : input.subjectKind === 'statement'
        ? await tenant.selectFrom('direction_statements').select('id').where('id', 'in', ids).execute()
        : [
            ...(await tenant.selectFrom('core_values').select('id').where('id', 'in', ids).execute()),
            ...(await tenant.selectFrom('core_competencies').select('id').where('id', 'in', ids).execute()),
          ];
  const missing = ids.filter((id) => !found.some((row) => row.id === id));
  if (missing.length) throw invalidField('subjectIds', `not found: ${missing.join(', ')}`);
}

export async function openConsultation(options: { db: Db; auth: Auth; input: CreateConsultationInput }) {
  const { auth, input } = options;
  if (new Date(input.closesAt) <= new Date()) throw invalidField('closesAt', 'must be in the future');
  if (input.audienceKind === 'units' && input.audienceUnitIds.length === 0)
    throw invalidField('audienceUnitIds', 'choose at least one unit');
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    await checkSubject(tenant, input);
    if (input.audienceUnitIds.length) {
      const units = await tenant
        .selectFrom('org_units')
        .select('id')
        .where('id', 'in', input.audienceUnitIds)
        .execute();
      if (units.length !== new Set(input.audienceUnitIds).size)
        throw invalidField('audienceUnitIds', 'no such unit in this organisation');
    }
    const created = await tenant
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
    const members = await consultationAudience(tenant, created);
    await notify(
      tenant,
      auth.organisationId,
      members.map((m) => m.id),
      {
        kind: 'consultation.opened',
        title: input.title,
        body: input.description.slice(0, 300),
        link: `/consultations/${created.id}`,
      },
    );
    await recordEvent(tenant, auth, {
      action: 'consultation.opened',
      subjectType: 'consultation',
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
export async function respond(options: {
  db: Db;
  auth: Auth;
  consultationId: string;
  input: { kind: 'support' | 'concern' | 'question'; comment: string; isAnonymous: boolean };
}) {
  const { auth, input } = options;
  const personId = personIdOf(auth);
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const consultation = await findConsultation(tenant, options.consultationId);
    if (!consultation || !(await isInConsultationAudience(tenant, auth, consultation)))
      throw notFound('Consultation');
    if (!isOpen(consultation)) throw new AppError('conflict', 'This consultation is closed.');
    if (input.isAnonymous && !consultation.allows_anonymous)
      throw invalidField('isAnonymous', 'this consultation does not take anonymous responses');
    const participant = await tenant
      .insertInto('consultation_participants', { consultation_id: consultation.id, person_id: personId })
      .onConflict((oc) => oc.doNothing())
      .returning('person_id')
      .executeTakeFirst();
    if (!participant) throw new AppError('conflict', 'You have already responded to this consultation.');
    let unitId: string | null = null;
    if (!input.isAnonymous) {
      const me = await tenant
        .selectFrom('people')
        .select('org_unit_id')
        .where('id', '=', personId)
        .executeTakeFirst();
      unitId = me?.org_unit_id ?? null;
    }
    const response = await tenant
      .insertInto('consultation_responses', {
        consultation_id: consultation.id,
        person_id: input.isAnonymous ? null : personId,
        org_unit_id: unitId,
        is_anonymous: input.isAnonymous,
        kind: input.kind,
        comment: input.comment,
        created_on: await organisationToday(tenant, tenant.organisationId),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // An anonymous response writes no audit row: even without a name, its time and its place in the
    // log would sit next to the respondent's own actions. Closing records the count per day instead.
    if (!input.isAnonymous)
      await recordEvent(tenant, auth, {
        action: 'consultation.responded',
        subjectType: 'consultation',
        subjectId: consultation.id,
        changes: { responseId: response.id, kind: input.kind },
      });
  });
}

export async function replyToResponse(options: { db: Db; auth: Auth; responseId: string; body: string }) {
  const { auth } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const response = await tenant
      .selectFrom('consultation_responses')
      .select(['id', 'consultation_id', 'person_id'])
      .where('id', '=', options.responseId)
      .executeTakeFirst();
    if (!response) throw notFound('Response');
    const consultation = (await findConsultation(tenant, response.consultation_id))!;
    const reply = await tenant
      .insertInto('consultation_replies', {
        response_id: response.id,
        body: options.body,
        person_id: auth.kind === 'person' ? auth.personId : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (response.person_id)
      await notify(tenant, auth.organisationId, response.person_id, {
        kind: 'consultation.replied',
        title: consultation.title,
        body: options.body.slice(0, 300),
        link: `/consultations/${consultation.id}`,
      });
    await recordEvent(tenant, auth, {
      action: 'consultation.replied',
      subjectType: 'consultation',
      subjectId: consultation.id,
      changes: { replyId: reply.id },
    });
    return consultation.id;
  });
}

/** Closes with "what we did with your input"; every respondent hears, and the drafts can become final. */
export async function closeConsultation(options: {
  db: Db;
  auth: Auth;
  consultationId: string;
  outcome: string;
  publishSubject: boolean;
}) {
  const { auth } = options;
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const consultation = await findConsultation(tenant, options.consultationId);
    if (!consultation) throw notFound('Consultation');
    if (consultation.status === 'closed')
      throw new AppError('conflict', 'This consultation is already closed.');
    await tenant
      .updateTable('consultations')
      .set({ status: 'closed', outcome: options.outcome, closed_at: new Date() })
      .where('id', '=', consultation.id)
      .execute();
    const ids = consultation.subject_ids;
    if (options.publishSubject && ids.length) {
      if (consultation.subject_kind === 'goal_set')
        await tenant
          .updateTable('organisation_goals')
          .set({ status: 'active', updated_at: new Date() })
          .where('id', 'in', ids)
          .where('status', '=', 'draft')
          .execute();
      else if (consultation.subject_kind === 'statement')
        await tenant
          .updateTable('direction_statements')
          .set({ status: 'published' })
          .where('id', 'in', ids)
          .execute();
      else
        for (const table of ['core_values', 'core_competencies'] as const)
          await tenant
            .updateTable(table)
            .set({ status: 'published', updated_at: new Date() })
            .where('id', 'in', ids)
            .where('status', '=', 'draft')
            .execute();
    }
    const participants = await tenant
      .selectFrom('consultation_participants')
      .select('person_id')
      .where('consultation_id', '=', consultation.id)
      .execute();
    await notify(
      tenant,
      auth.organisationId,
      participants.map((p) => p.person_id),
      {
        kind: 'consultation.closed',
        title: consultation.title,
        body: options.outcome.slice(0, 300),
        link: `/consultations/${consultation.id}`,
      },
    );
    await recordEvent(tenant, auth, {
      action: 'consultation.closed',
      subjectType: 'consultation',
      subjectId: consultation.id,
      changes: {
        publishSubject: options.publishSubject,
        respondents: participants.length,
        anonymousResponsesByDay: await anonymousResponsesByDay(tenant, consultation.id),
      },
    });
  });
}
