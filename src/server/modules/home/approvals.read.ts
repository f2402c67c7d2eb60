import type { Ctx } from '../../core/context.ts';
import { personIdOf } from '../access/index.ts';
import { approvalsInbox } from '../budgets/index.ts';
import { teamLearning } from '../catalogue/index.ts';
import { workshopApprovals } from '../events/index.ts';
import { myAgreements } from '../learning-agreements/index.ts';
import { listPlans } from '../plans/index.ts';
import { listRatingRequests } from '../skills/index.ts';

export const approvalKinds = [
  'budgets',
  'plans',
  'agreements',
  'assignments',
  'ratings',
  'workshops',
] as const;

/**
 * Everything waiting on the signed-in person, each kind read by the module that owns it: budget requests at
 * my step, my reports' shared plans, learning agreements I am to agree to, on-the-job assignments to confirm,
 * rating requests sent to me, sign-ups for workshops that cost budget. Counts per kind so the home page and the menu need not count.
 */
export async function approvalsOf(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  const [budgets, plans, agreements, team, ratings, workshops] = await Promise.all([
    approvalsInbox(ctx),
    listPlans(ctx, { scope: 'team' }),
    myAgreements(ctx),
    teamLearning(ctx),
    listRatingRequests(ctx, { box: 'incoming', status: 'open' }),
    workshopApprovals(ctx),
  ]);
  const items = {
    budgets,
    plans: plans.filter((plan) => plan.state === 'shared'),
    agreements: agreements.filter((agreement) => agreement.can.agree && agreement.person.id !== me),
    assignments: team.flatMap((member) =>
      member.pendingConfirmations.map((submission) => ({
        ...submission,
        person: { id: member.personId, displayName: member.displayName },
      })),
    ),
    ratings,
    workshops,
  };
  const counts = Object.fromEntries(approvalKinds.map((kind) => [kind, items[kind].length])) as Record<
    (typeof approvalKinds)[number],
    number
  >;
  return { ...items, counts, total: approvalKinds.reduce((sum, kind) => sum + counts[kind], 0) };
}
