import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, invalidField } from '../../http/errors.ts';
import { enrol, enrolmentsWithProgress, learningFor, learningMinutes } from '../catalogue/index.ts';

const learningKinds = ['content', 'course', 'path'] as const;
type LearningKind = (typeof learningKinds)[number];
const isLearningKind = (kind: string | null | undefined): kind is LearningKind =>
  learningKinds.includes(kind as LearningKind);

/**
 * A learning action that names catalogue learning enrols the plan's person in it, inside the plan's
 * transaction, due on the goal's target date when it has one. Unknown, unpublished or foreign learning
 * is refused on refId.
 */
export async function enrolForLearningAction(
  tenant: TenantDb,
  action: {
    personId: string;
    kind: string;
    refKind?: string | null;
    refId?: string | null;
    goalId?: string | null;
  },
) {
  if (action.kind !== 'learning' || !action.refId) return;
  if (!isLearningKind(action.refKind))
    throw invalidField('refKind', 'must be content, course or path for a learning action');
  const goal = action.goalId
    ? await tenant
        .selectFrom('plan_goals')
        .select('target_date')
        .where('id', '=', action.goalId)
        .executeTakeFirst()
    : undefined;
  try {
    await enrol(
      tenant.executor,
      tenant.organisationId,
      action.personId,
      { type: action.refKind, id: action.refId },
      { dueDate: goal?.target_date ?? undefined },
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found')
      throw invalidField('refId', 'is no published learning in this organisation', 'unknownReference');
    throw error;
  }
}

export type ActionLearning = {
  type: LearningKind;
  id: string;
  title: string;
  format: string;
  durationMinutes: number | null;
  percent: number;
  completedAt: string | null;
};

/** Title, format, duration and the person's progress for the learning that plan actions name. */
export async function learningOfActions(
  tenant: TenantDb,
  personId: string,
  actions: { kind: string; ref_kind: string | null; ref_id: string | null }[],
  locale: Locale,
): Promise<Map<string, ActionLearning>> {
  const refs = actions.filter((a) => a.kind === 'learning' && isLearningKind(a.ref_kind) && a.ref_id);
  const found = new Map<string, ActionLearning>();
  if (!refs.length) return found;
  const enrolments = await enrolmentsWithProgress(tenant, [personId], locale);
  const ids = refs.map((a) => a.ref_id as string);
  // Catalogue owns content and courses: their lengths in one statement.
  const minutes = await learningMinutes(tenant, ids);
  for (const enrolment of enrolments) {
    if (!ids.includes(enrolment.subjectId)) continue;
    found.set(`${enrolment.type}:${enrolment.subjectId}`, {
      type: enrolment.type,
      id: enrolment.subjectId,
      title: enrolment.title,
      format: enrolment.format,
      durationMinutes: minutes.get(enrolment.subjectId) ?? null,
      percent: enrolment.completedAt ? 100 : enrolment.percent,
      completedAt: enrolment.completedAt,
    });
  }
  return found;
}

/** Published learning serving the skill a plan goal develops and what it serves (skill, goal, label). */
export async function suggestionsForGoal(
  tenant: TenantDb,
  goal: {
    serves_kind: string | null;
    serves_id: string | null;
    serves_label: string | null;
    skill_id: string | null;
  },
  locale: Locale,
) {
  const kind = goal.serves_kind === 'skill' ? 'skill' : goal.serves_kind?.endsWith('goal') ? 'goal' : null;
  // The skill the goal develops first: learning for it is the most direct way to the goal.
  const targets = [
    ...(goal.skill_id ? [{ kind: 'skill', id: goal.skill_id } as const] : []),
    ...(kind && goal.serves_id ? [{ kind, id: goal.serves_id } as const] : []),
    ...(goal.serves_label ? [{ kind: 'topic' as const, id: goal.serves_label }] : []),
  ];
  return learningFor(tenant.executor, tenant.organisationId, targets, locale);
}
