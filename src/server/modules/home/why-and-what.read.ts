import type { Ctx } from '../../core/context.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import {
  currentStatements,
  listPrinciples,
  presentPrinciple,
  presentStatement,
  readerLocale,
  skillsOfCompetencies,
  unitLineOf,
} from '../direction/index.ts';
import { goalVisibility, listGoals, listTeamGoals, presentGoal, presentTeamGoal } from '../goals/index.ts';
import { currentPlanGoals } from '../plans/index.ts';

/**
 * My "waarom en wat": the organisation's direction, its goals, my team's goals and my own plan goals on
 * one page — composed here, at home, because it reads direction, goals and plans alike.
 */
export async function whyAndWhat(ctx: Ctx) {
  const auth = ctx.auth;
  assertCan(auth, 'direction.read');
  const tenant = ctx.db;
  const { locale, fallback } = await readerLocale(ctx.db.executor, auth);
  const [statements, values, competencies, goals, unitLine, planGoals] = await Promise.all([
    currentStatements(tenant, locale, fallback),
    listPrinciples(tenant, 'core_values', { withDrafts: false }),
    listPrinciples(tenant, 'core_competencies', { withDrafts: false }),
    listGoals(tenant, { ...goalVisibility(auth), withDrafts: false }),
    unitLineOf(tenant, personIdOf(auth)),
    auth.kind === 'person' ? currentPlanGoals(tenant, auth.personId) : [],
  ]);
  const linkedSkills = await skillsOfCompetencies(
    tenant,
    competencies.map((row) => row.id),
  );
  const active = goals.filter((goal) => goal.status === 'active' || goal.status === 'achieved');
  const visible = new Set(active.map((goal) => goal.id));
  const teamGoals = (await listTeamGoals(tenant, { unitIds: unitLine }))
    .filter((team) => team.status !== 'draft' && team.status !== 'dropped')
    .sort((a, b) => unitLine.indexOf(a.org_unit_id) - unitLine.indexOf(b.org_unit_id));
  const present = (row: (typeof statements)['mission']) => (row ? presentStatement(row) : null);
  return {
    mission: present(statements.mission),
    vision: present(statements.vision),
    strategy: present(statements.strategy),
    values: values.map((row) => presentPrinciple(row)),
    competencies: competencies.map((row) => presentPrinciple(row, linkedSkills.get(row.id) ?? [])),
    goals: active.map(presentGoal),
    teamGoals: teamGoals.map((team) => presentTeamGoal(team, visible)),
    planGoals: planGoals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      servesKind: goal.serves_kind,
      servesId: goal.serves_id,
      status: goal.status,
      progress: goal.progress,
    })),
  };
}
