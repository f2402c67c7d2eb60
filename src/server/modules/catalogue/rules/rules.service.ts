import { runChange } from '../../../core/change.ts';
import type { Ctx, OrgContext } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import type { AudienceCondition, LearningSubjectKind } from '../../../db/schema.ts';
import { AppError, invalidField } from '../../../http/errors.ts';
import { assertCan, personIdOf } from '../../access/index.ts';
import { organisationContextOf } from '../../organisations/index.ts';
import { displayName } from '../../people/index.ts';
import '../catalogue.events.ts';
import { port } from '../../../core/ports.ts';
import { daysAfter } from '../due-dates.ts';
import { enrolPerson } from '../learning/enrolment.service.ts';
import { notifyAssigned } from '../learning/learning.notify.ts';
import { findSubject } from '../subjects.ts';
import {
  activeRules,
  audienceOf,
  organisationsWithRules,
  previewPeople,
  unitExists,
  unknownUnits,
} from './rules.repository.ts';
import type { AudienceCriteria } from './rules.schemas.ts';

export type RuleInput = {
  name: string;
  condition: AudienceCondition;
  parameter: string | null;
  criteria: AudienceCriteria | null;
  subject: { type: LearningSubjectKind; id: string };
  dueDays: number | null;
  isActive: boolean;
};

/**
 * Enrols everyone the active rules (or one rule) reach who is not enrolled yet; with `among`, only those
 * people. Idempotent: it runs on every change and in the background job. Answers how many new
 * enrolments it made.
 */
export async function applyRules(ctx: OrgContext, options: { ruleId?: string; among?: string[] } = {}) {
  return runChange(ctx, async (tx) => {
    const today = tx.today();
    let made = 0;
    for (const rule of await activeRules(tx.db, options.ruleId)) {
      const subject = { type: rule.subject_kind, id: rule.subject_id };
      const found = await findSubject(tx.db, subject);
      if (found?.status !== 'published') continue;
      const dueDate = rule.due_days ? daysAfter(today, rule.due_days) : null;
      const reached: string[] = [];
      for (const personId of await audienceOf(tx.db, rule, { today, among: options.among })) {
        const result = await enrolPerson(tx.db, personId, subject, {
          source: 'rule',
          ruleId: rule.id,
          dueDate,
          today,
        });
        if (result.isNew) {
          made++;
          reached.push(personId);
        }
      }
      // Only new enrolments reach the bell: the rule runs every 15 minutes.
      await notifyAssigned(tx.db, reached, subject, dueDate);
    }
    return made;
  });
}

/** The background job: every organisation's active rules. */
export async function applyAllRules(deps: Pick<ModuleDeps, 'db' | 'log' | 'bus'>): Promise<number> {
  let made = 0;
  for (const organisationId of await organisationsWithRules(deps.db))
    made += await applyRules(await organisationContextOf(deps, organisationId));
  return made;
}

/** Adds or changes a rule; an active rule enrols everyone it reaches straight away. */
export async function saveRule(ctx: Ctx, options: { id?: string; input: RuleInput }) {
  assertCan(ctx.auth, 'catalogue.manage');
  const { input } = options;
  const id = await runChange(ctx, async (tx) => {
    const found = await findSubject(tx.db, input.subject);
    if (!found) throw invalidField('subject.id', `no such ${input.subject.type} in this organisation`);
    await assertAudience(tx.db, input);
    if (input.condition === 'in_unit' && !(input.parameter && (await unitExists(tx.db, input.parameter))))
      throw invalidField('parameter', 'choose a unit of this organisation');
    if (input.condition === 'starts_within_days' && !/^\d{1,3}$/.test(input.parameter ?? ''))
      throw invalidField('parameter', 'give the number of days, e.g. 30');
    const columns = {
      name: input.name,
      condition: input.condition,
      parameter: input.condition === 'is_manager' || input.condition === 'criteria' ? null : input.parameter,
      criteria: input.condition === 'criteria' ? JSON.stringify(input.criteria) : null,
      subject_kind: input.subject.type,
      subject_id: input.subject.id,
      due_days: input.dueDays,
      is_active: input.isActive,
    };
    let ruleId = options.id;
    if (ruleId) {
      const updated = await tx.db
        .updateTable('audience_rules')
        .set(columns)
        .where('id', '=', ruleId)
        .executeTakeFirst();
      if (!Number(updated.numUpdatedRows)) throw new AppError('not_found', 'Rule not found.');
    } else {
      ({ id: ruleId } = await tx.db
        .insertInto('audience_rules', {
          ...columns,
          created_by: tx.auth.kind === 'person' ? personIdOf(tx.auth) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    tx.record({
      action: options.id ? 'audience_rule.updated' : 'audience_rule.created',
      subjectId: ruleId,
      changes: columns,
    });
    return ruleId;
  });
  // Evaluated on change, so the people it reaches are enrolled straight away.
  const enrolled = input.isActive ? await applyRules(ctx, { ruleId: id }) : 0;
  return { id, enrolled };
}

/** A criteria rule names at least one thing, and only units and job roles of this organisation. */
export async function assertAudience(
  tenant: OrgContext['db'],
  input: Pick<RuleInput, 'condition' | 'criteria'>,
) {
  if (input.condition !== 'criteria') return;
  const criteria = input.criteria;
  if (!criteria) throw invalidField('criteria', 'choose who the rule reaches');
  const named =
    criteria.unitIds.length +
    criteria.jobRoleIds.length +
    criteria.roles.length +
    criteria.statuses.length +
    (criteria.startDateFrom ? 1 : 0) +
    (criteria.startDateTo ? 1 : 0) +
    (criteria.startsWithinDays === null ? 0 : 1);
  if (named === 0)
    throw invalidField('criteria', 'choose at least one unit, job role, role, start date or status');
  if (criteria.startDateFrom && criteria.startDateTo && criteria.startDateFrom > criteria.startDateTo)
    throw invalidField('criteria.startDateTo', 'the end comes before the start');
  const [unit] = await unknownUnits(tenant, criteria.unitIds);
  if (unit) throw invalidField(`criteria.unitIds.${criteria.unitIds.indexOf(unit)}`, 'no such unit');
  const { unknownIds } = await port('jobRoleHolders')(tenant, criteria.jobRoleIds);
  const [role] = unknownIds;
  if (role)
    throw invalidField(`criteria.jobRoleIds.${criteria.jobRoleIds.indexOf(role)}`, 'no such job role');
}

/**
 * Who a rule would reach before it is saved or applied: how many, how many of them have the subject
 * already, and the first 100 by name (those to be newly enrolled first). Changes nothing.
 */
export async function previewRule(
  ctx: Ctx,
  input: Pick<RuleInput, 'condition' | 'parameter' | 'criteria' | 'subject'>,
) {
  assertCan(ctx.auth, 'catalogue.manage');
  const found = await findSubject(ctx.db, input.subject);
  if (!found) throw invalidField('subject.id', `no such ${input.subject.type} in this organisation`);
  await assertAudience(ctx.db, input);
  if (input.condition === 'in_unit' && !(input.parameter && (await unitExists(ctx.db, input.parameter))))
    throw invalidField('parameter', 'choose a unit of this organisation');
  const reached = await audienceOf(ctx.db, input, { today: ctx.today() });
  const people = await previewPeople(ctx.db, reached, input.subject);
  const alreadyEnrolled = people.filter((person) => person.is_enrolled).length;
  const ordered = [...people.filter((p) => !p.is_enrolled), ...people.filter((p) => p.is_enrolled)];
  return {
    reached: reached.length,
    alreadyEnrolled,
    newlyEnrolled: reached.length - alreadyEnrolled,
    people: ordered.slice(0, 100).map((person) => ({
      id: person.id,
      displayName: displayName(person),
      jobTitle: person.job_title,
      unitName: person.unit_name,
      isEnrolled: Boolean(person.is_enrolled),
    })),
  };
}
