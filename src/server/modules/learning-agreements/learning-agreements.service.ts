import { sql } from 'kysely';
import type { z } from 'zod';
import { addDays } from '../../core/calendar.ts';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { isGoalOfPerson } from '../plans/index.ts';
import { type createAgreementBody, followupDays } from './learning-agreements.schemas.ts';

export function agreementsQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('learning_agreements')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'learning_agreements.organisation_id')
        .onRef('p.id', '=', 'learning_agreements.person_id'),
    )
    .selectAll('learning_agreements')
    .select([
      sql<string>`concat_ws(' ', p.given_name, p.family_name_prefix, p.family_name)`.as('person_name'),
      'p.manager_id',
    ])
    .orderBy('learning_agreements.created_at', 'desc');
}

/** The agreement for its person and their manager, or 404. */
export async function visibleAgreement(tenant: TenantDb, auth: Auth, id: string) {
  const row = await agreementsQuery(tenant).where('learning_agreements.id', '=', id).executeTakeFirst();
  const me = auth.kind === 'person' ? auth.personId : null;
  if (!row || (row.person_id !== me && row.manager_id !== me)) throw notFound('Learning agreement');
  return row;
}

export async function createAgreement(options: {
  db: Db;
  auth: Auth;
  input: z.infer<typeof createAgreementBody>;
}) {
  const personId = personIdOf(options.auth);
  const { input } = options;
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    if (input.goalId && !(await isGoalOfPerson(tenant, personId, input.goalId)))
      throw invalidField('goalId', 'is not a goal in your plan');
    if (input.budgetRequestId) {
      const request = await tenant
        .selectFrom('budget_requests')
        .select('id')
        .where('id', '=', input.budgetRequestId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (!request) throw invalidField('budgetRequestId', 'is not one of your budget requests');
    }
    if (input.enrolmentId) {
      const enrolment = await tenant
        .selectFrom('enrolments')
        .select('id')
        .where('id', '=', input.enrolmentId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (!enrolment) throw invalidField('enrolmentId', 'is not one of your enrolments', 'unknownReference');
    }
    const created = await tenant
      .insertInto('learning_agreements', {
        person_id: personId,
        title: input.title,
        enrolment_id: input.enrolmentId ?? null,
        budget_request_id: input.budgetRequestId ?? null,
        goal_id: input.goalId ?? null,
        application: input.application,
        is_willing_buddy: input.isWillingBuddy,
        is_willing_mentor: input.isWillingMentor,
        starts_on: input.startsOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tenant
      .insertInto(
        'learning_agreement_followups',
        followupDays.map((day) => ({ agreement_id: created.id, day, due_on: addDays(input.startsOn, day) })),
      )
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'learning_agreement.created',
      subjectType: 'learning_agreement',
      subjectId: created.id,
      changes: {
        title: input.title,
        isWillingBuddy: input.isWillingBuddy,
        isWillingMentor: input.isWillingMentor,
      },
    });
    return created.id;
  });
}

export async function agreeAgreement(options: { db: Db; auth: Auth; id: string }) {
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const row = await visibleAgreement(tenant, options.auth, options.id);
    if (row.manager_id !== personIdOf(options.auth))
      throw forbidden('Only the manager agrees to a learning agreement.');
    if (row.manager_agreed_at) throw new AppError('conflict', 'Already agreed.');
    await tenant
      .updateTable('learning_agreements')
      .set({ manager_agreed_by: personIdOf(options.auth), manager_agreed_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'learning_agreement.agreed',
      subjectType: 'learning_agreement',
      subjectId: row.id,
    });
  });
}

export async function answerFollowup(options: {
  db: Db;
  auth: Auth;
  id: string;
  day: 30 | 60 | 90;
  answer: string;
}) {
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const row = await visibleAgreement(tenant, options.auth, options.id);
    if (row.person_id !== personIdOf(options.auth))
      throw forbidden('Only the learner answers the follow-up.');
    const followup = await tenant
      .selectFrom('learning_agreement_followups')
      .select(['asked_at'])
      .where('agreement_id', '=', row.id)
      .where('day', '=', options.day)
      .executeTakeFirst();
    if (!followup) throw notFound('Follow-up');
    if (!followup.asked_at)
      throw new AppError('conflict', `The ${options.day}-day question has not been asked yet.`);
    await tenant
      .updateTable('learning_agreement_followups')
      .set({ answer: options.answer, answered_at: new Date() })
      .where('agreement_id', '=', row.id)
      .where('day', '=', options.day)
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'learning_agreement.followup_answered',
      subjectType: 'learning_agreement',
      subjectId: row.id,
      changes: { day: options.day },
    });
  });
}
