import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { overdueEnrolments } from '../catalogue/index.ts';
import { cycleStatesOf } from '../conversations/index.ts';
import { agreementCountsOf } from '../learning-agreements/index.ts';
import { myWeek, teamWeek } from '../learning-time/index.ts';
import { displayName } from '../people/index.ts';
import { currentPeriod, currentPlanGoals, planStatesOf } from '../plans/index.ts';
import { badgesEarned } from '../recognition/index.ts';
import { skillsGrown } from '../skills/index.ts';
import { assertPerson } from './insight.policy.ts';
import { directReports, personFigures, personMonths } from './insight.repository.ts';

// The team view is the manager's direct reports only (never anyone else's team), and the growth view
// the signed-in person's own figures; both read the summary tables and the owners' own week views.

export async function teamDashboard(ctx: Ctx, onlyPersonId?: string) {
  assertPerson(ctx.auth);
  const today = ctx.today();
  const monthStart = `${today.slice(0, 7)}-01`;
  const reports = (await directReports(ctx.db, ctx.auth.personId)).filter(
    (person) => !onlyPersonId || person.id === onlyPersonId,
  );
  // Someone who is not my direct report (or not in my organisation) is not found, not forbidden.
  if (onlyPersonId && !reports.length) throw notFound('Direct report');
  const ids = reports.map((person) => person.id);
  const [week, month, overdue, plans, cycles, agreements] = await Promise.all([
    teamWeek(ctx, undefined),
    personFigures(ctx.db, ids, monthStart, today),
    overdueEnrolments(ctx.db, ids, today),
    planStatesOf(ctx.db, ids, currentPeriod(ctx)),
    cycleStatesOf(ctx.db, ids),
    agreementCountsOf(ctx.db, ids, today),
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
    conversation: cycles.get(person.id) ?? { state: 'none' as const, cycleName: null },
    agreements: agreements.get(person.id) ?? { open: 0, kept: 0, overdue: 0 },
  }));
  const planStates = { none: 0, draft: 0, shared: 0, agreed: 0, reviewed: 0 };
  for (const member of members) planStates[member.planState] += 1;
  const conversationStates = { none: 0, open: 0, prepared: 0, held: 0, signed: 0 };
  for (const member of members) conversationStates[member.conversation.state] += 1;
  const agreementTotals = { open: 0, kept: 0, overdue: 0 };
  for (const member of members) {
    agreementTotals.open += member.agreements.open;
    agreementTotals.kept += member.agreements.kept;
    agreementTotals.overdue += member.agreements.overdue;
  }
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
      conversationStates,
      agreements: agreementTotals,
    },
    members,
  };
}

/** The first day of the month `count` months before today's month. */
function monthsBack(today: string, count: number) {
  const date = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - count);
  return date.toISOString().slice(0, 10);
}

/** "Mijn groei": my week against the norm, my months, what I finished, my plan goals. */
export async function myGrowth(ctx: Ctx) {
  assertPerson(ctx.auth);
  const today = ctx.today();
  const yearStart = `${today.slice(0, 4)}-01-01`;
  // Skills and badges cover the same 12 months as the months chart (its first month's first day on).
  const since = monthsBack(today, 11);
  const [week, months, year, goals, skills, badges] = await Promise.all([
    myWeek(ctx, undefined),
    personMonths(ctx.db, ctx.auth.personId, today),
    personFigures(ctx.db, [ctx.auth.personId], yearStart, today),
    currentPlanGoals(ctx.db, ctx.auth.personId),
    skillsGrown(ctx.db, ctx.auth.personId, since, today),
    badgesEarned(ctx.db, ctx.auth.personId, new Date(`${since}T00:00:00Z`)),
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
    since,
    skillsGrown: skills,
    badges: badges.map((badge) => ({ ...badge, awardedAt: badge.awardedAt.toISOString() })),
  };
}
