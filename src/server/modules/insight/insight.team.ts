import type { Ctx } from '../../core/context.ts';
import { overdueEnrolments } from '../catalogue/index.ts';
import { myWeek, teamWeek } from '../learning-time/index.ts';
import { displayName } from '../people/index.ts';
import { currentPeriod, currentPlanGoals, planStatesOf } from '../plans/index.ts';
import { assertPerson } from './insight.policy.ts';
import { directReports, personFigures, personMonths } from './insight.repository.ts';

// The team view is the manager's direct reports only (never anyone else's team), and the growth view
// the signed-in person's own figures; both read the summary tables and the owners' own week views.

export async function teamDashboard(ctx: Ctx) {
  assertPerson(ctx.auth);
  const today = ctx.today();
  const monthStart = `${today.slice(0, 7)}-01`;
  const reports = await directReports(ctx.db, ctx.auth.personId);
  const ids = reports.map((person) => person.id);
  const [week, month, overdue, plans] = await Promise.all([
    teamWeek(ctx, undefined),
    personFigures(ctx.db, ids, monthStart, today),
    overdueEnrolments(ctx.db, ids, today),
    planStatesOf(ctx.db, ids, currentPeriod(ctx)),
  ]);
  const weekOf = new Map(week.members.map((member) => [member.person.id, member]));
  const monthOf = new Map(month.map((row) => [row.person_id, row]));
  const members = reports.map((person) => ({
    person: { id: person.id, displayName: displayName(person) },
    week: {
      normMinutes: weekOf.get(person.id)?.normMinutes ?? 0,
      reservedMinutes: weekOf.get(person.id)?.reservedMinutes ?? 0,
      learnedMinutes: weekOf.get(person.id)?.learnedMinutes ?? 0,
    },
    monthMinutes: monthOf.get(person.id)?.minutes ?? 0,
    monthCompletions: monthOf.get(person.id)?.completions ?? 0,
    isActive: monthOf.has(person.id),
    planState: (plans.get(person.id) ?? 'none') as 'none' | 'draft' | 'shared' | 'agreed' | 'reviewed',
  }));
  const planStates = { none: 0, draft: 0, shared: 0, agreed: 0, reviewed: 0 };
  for (const member of members) planStates[member.planState] += 1;
  return {
    weekStart: week.weekStart,
    weekEnd: week.weekEnd,
    monthStart,
    totals: {
      members: members.length,
      activeLearners: members.filter((member) => member.isActive).length,
      completions: members.reduce((sum, member) => sum + member.monthCompletions, 0),
      overdueAssignments: overdue,
      normMinutes: members.reduce((sum, member) => sum + member.week.normMinutes, 0),
      reservedMinutes: members.reduce((sum, member) => sum + member.week.reservedMinutes, 0),
      learnedMinutes: members.reduce((sum, member) => sum + member.week.learnedMinutes, 0),
      planStates,
    },
    members,
  };
}

/** "Mijn groei": my week against the norm, my months, what I finished, my plan goals. */
export async function myGrowth(ctx: Ctx) {
  assertPerson(ctx.auth);
  const today = ctx.today();
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const [week, months, year, goals] = await Promise.all([
    myWeek(ctx, undefined),
    personMonths(ctx.db, ctx.auth.personId, today),
    personFigures(ctx.db, [ctx.auth.personId], yearStart, today),
    currentPlanGoals(ctx.db, ctx.auth.personId),
  ]);
  return {
    week: {
      weekStart: week.weekStart,
      weekEnd: week.weekEnd,
      normMinutes: week.normMinutes,
      reservedMinutes: week.reservedMinutes,
      learnedMinutes: week.learnedMinutes,
    },
    months,
    year: {
      minutes: year[0]?.minutes ?? 0,
      completions: year[0]?.completions ?? 0,
      activeDays: year[0]?.active_days ?? 0,
    },
    planGoals: goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      status: goal.status as 'open' | 'in_progress' | 'achieved' | 'dropped',
      progress: goal.progress,
    })),
  };
}
