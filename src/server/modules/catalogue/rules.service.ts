import { sql } from 'kysely';
import { addDays } from '../../core/calendar.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { AudienceCondition, LearningSubjectKind } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, invalidField } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { organisationToday } from '../organisations/index.ts';
import { unitAndDescendants } from '../people/index.ts';
import { enrolPerson } from './enrolment.service.ts';
import { notifyAssigned } from './notify.ts';
import { findSubject } from './subjects.ts';

export type RuleInput = {
  name: string;
  condition: AudienceCondition;
  parameter: string | null;
  subject: { type: LearningSubjectKind; id: string };
  dueDays: number | null;
  isActive: boolean;
};

/** The people a rule reaches now; with `among`, only those of them (evaluation on change). */
async function audienceOf(
  trx: TenantDb,
  rule: { condition: AudienceCondition; parameter: string | null },
  among?: string[],
) {
  const org = trx.organisationId;
  if (rule.condition === 'starts_within_days') {
    const days = Number(rule.parameter ?? 30);
    const today = await organisationToday(trx, org);
    const rows = await sql<{
      id: string;
    }>`SELECT id FROM people WHERE organisation_id = ${org} AND status <> 'left'
      AND start_date IS NOT NULL AND start_date <= ${addDays(today, days)}::date AND start_date >= ${addDays(today, -days)}::date
      ${among ? sql`AND id = ANY(${among}::uuid[])` : sql``}`.execute(trx.executor);
    return rows.rows.map((r) => r.id);
  }
  if (rule.condition === 'is_manager') {
    const rows = await sql<{ id: string }>`SELECT DISTINCT manager_id AS id FROM people
      WHERE organisation_id = ${org} AND manager_id IS NOT NULL AND status <> 'left'
      ${among ? sql`AND manager_id = ANY(${among}::uuid[])` : sql``}`.execute(trx.executor);
    return rows.rows.map((r) => r.id);
  }
  if (!rule.parameter) return [];
  let query = trx
    .selectFrom('people')
    .select('id')
    .where('org_unit_id', 'in', unitAndDescendants(org, rule.parameter))
    .where('status', '<>', 'left');
  // One array parameter, however many people an import touched.
  if (among) query = query.where(sql<boolean>`id = ANY(${among}::uuid[])`);
  return (await query.execute()).map((r) => r.id);
}

/**
 * Enrols everyone a rule reaches who is not enrolled yet. Idempotent: run it on every change and by the
 * background job. Answers how many new enrolments it made.
 */
export async function applyRules(
  db: Executor,
  organisationId: string,
  ruleId?: string,
  among?: string[],
): Promise<number> {
  return forOrganisation(db, organisationId).transaction(async (trx) => {
    let query = trx.selectFrom('audience_rules').selectAll().where('is_active', '=', true);
    if (ruleId) query = query.where('id', '=', ruleId);
    let made = 0;
    for (const rule of await query.execute()) {
      const subject = { type: rule.subject_kind, id: rule.subject_id };
      const found = await findSubject(trx, subject);
      if (found?.status !== 'published') continue;
      const dueDate = rule.due_days
        ? addDays(await organisationToday(trx, organisationId), rule.due_days)
        : null;
      const reached: string[] = [];
      for (const personId of await audienceOf(trx, rule, among)) {
        const result = await enrolPerson(trx, personId, subject, {
          source: 'rule',
          ruleId: rule.id,
          dueDate,
        });
        if (result.isNew) {
          made++;
          reached.push(personId);
        }
      }
      // Only new enrolments reach the bell: the rule runs every 15 minutes.
      await notifyAssigned(trx, reached, subject, dueDate);
    }
    return made;
  });
}

/** Evaluation on change: the rules for just the people who were created, imported or changed. */
export async function applyRulesToPeople(change: {
  db: Executor;
  organisationId: string;
  personIds: string[];
}) {
  if (!change.personIds.length) return 0;
  return applyRules(change.db, change.organisationId, undefined, change.personIds);
}

/** The background job: every organisation's active rules. */
export async function applyAllRules(db: Db): Promise<number> {
  const organisations = await db
    .selectFrom('audience_rules')
    .select('organisation_id')
    .where('is_active', '=', true)
    .distinct()
    .execute();
  let made = 0;
  for (const { organisation_id } of organisations) made += await applyRules(db, organisation_id);
  return made;
}

export async function saveRule(options: { db: Db; auth: Auth; id?: string; input: RuleInput }) {
  const { input, auth } = options;
  const tenant = forOrganisation(options.db, auth.organisationId);
  const id = await tenant.transaction(async (trx) => {
    const found = await findSubject(trx, input.subject);
    if (!found) throw invalidField('subject.id', `no such ${input.subject.type} in this organisation`);
    if (input.condition === 'in_unit') {
      const unit = input.parameter
        ? await trx.selectFrom('org_units').select('id').where('id', '=', input.parameter).executeTakeFirst()
        : undefined;
      if (!unit) throw invalidField('parameter', 'choose a unit of this organisation');
    }
    if (input.condition === 'starts_within_days' && !/^\d{1,3}$/.test(input.parameter ?? ''))
      throw invalidField('parameter', 'give the number of days, e.g. 30');
    const columns = {
      name: input.name,
      condition: input.condition,
      parameter: input.condition === 'is_manager' ? null : input.parameter,
      subject_kind: input.subject.type,
      subject_id: input.subject.id,
      due_days: input.dueDays,
      is_active: input.isActive,
    };
    let ruleId = options.id;
    if (ruleId) {
      const updated = await trx
        .updateTable('audience_rules')
        .set(columns)
        .where('id', '=', ruleId)
        .executeTakeFirst();
      if (!Number(updated.numUpdatedRows)) throw new AppError('not_found', 'Rule not found.');
    } else {
      ({ id: ruleId } = await trx
        .insertInto('audience_rules', {
          ...columns,
          created_by: auth.kind === 'person' ? personIdOf(auth) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    await recordEvent(trx, auth, {
      action: options.id ? 'audience_rule.updated' : 'audience_rule.created',
      subjectType: 'audience_rule',
      subjectId: ruleId,
      changes: columns,
    });
    return ruleId;
  });
  // Evaluated on change, so the people it reaches are enrolled straight away.
  const enrolled = input.isActive ? await applyRules(options.db, auth.organisationId, id) : 0;
  return { id, enrolled };
}
