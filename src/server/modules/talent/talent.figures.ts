import { addDays } from '../../core/calendar.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { conversationsHeldBy } from '../conversations/index.ts';
import { agreementsKept } from '../learning-agreements/index.ts';
import { learnedTotals } from '../learning-time/index.ts';
import { agreedPlanCount } from '../plans/index.ts';
import type { Figures } from './talent.schemas.ts';

const sum = (totals: Map<string, number>) => [...totals.values()].reduce((a, b) => a + b, 0);

/**
 * What Groeipad already knows about a manager over the last twelve months, shown next to the manager
 * criteria: their team's agreed plans, conversations held, team learning time, learning agreements
 * kept, and their own learning. Each figure comes from the module that owns it.
 */
export async function liveFigures(tenant: TenantDb, personId: string, today: string): Promise<Figures> {
  const since = addDays(today, -365);
  const reports = (
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', personId)
      .where('status', '<>', 'left')
      .execute()
  ).map((row) => row.id);
  const [plansAgreed, conversationsHeld, teamLearning, agreements, ownLearning, ownPlans] = await Promise.all(
    [
      agreedPlanCount(tenant, reports),
      conversationsHeldBy(tenant, personId, new Date(`${since}T00:00:00Z`)),
      learnedTotals(tenant, reports, since, today),
      agreementsKept(tenant, reports, since),
      learnedTotals(tenant, [personId], since, today),
      agreedPlanCount(tenant, [personId]),
    ],
  );
  return {
    reports: reports.length,
    plansAgreed,
    conversationsHeld,
    teamLearningMinutes: sum(teamLearning),
    agreementsTotal: agreements.total,
    agreementsKept: agreements.kept,
    ownLearningMinutes: sum(ownLearning),
    ownPlanAgreed: ownPlans > 0,
    since,
  };
}
