import type { Ctx } from '../../../core/context.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { subjectTitles } from '../subjects.ts';
import { allRules, enrolmentsPerRule } from './rules.repository.ts';
import type { AudienceCriteria } from './rules.schemas.ts';

/** Audience rules that enrol people automatically, with what they enrol in and how many they enrolled. */
export async function listRules(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.manage');
  const rules = await allRules(ctx.db);
  const titles = await subjectTitles(
    ctx.db,
    rules.map((r) => ({ type: r.subject_kind, id: r.subject_id })),
    ctx.locale,
  );
  const counts = await enrolmentsPerRule(ctx.db);
  return rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    condition: rule.condition,
    parameter: rule.parameter,
    criteria: (rule.criteria ?? null) as AudienceCriteria | null,
    subject: { type: rule.subject_kind, id: rule.subject_id },
    subjectTitle: titles.get(`${rule.subject_kind}:${rule.subject_id}`)?.title ?? '',
    dueDays: rule.due_days,
    isActive: rule.is_active,
    enrolled: Number(counts.find((c) => c.rule_id === rule.id)?.count ?? 0),
  }));
}

export async function ruleView(ctx: Ctx, id: string) {
  const rule = (await listRules(ctx)).find((candidate) => candidate.id === id);
  if (!rule) throw notFound('Rule');
  return rule;
}
