import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { useMe } from '../../lib/session.tsx';

/** The kinds of things that wait on a manager, in the order the inbox shows them. */
export const approvalKinds = ['budgets', 'plans', 'agreements', 'assignments', 'ratings'] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

/**
 * Everything waiting on me, from the endpoints that own each kind: budget requests at my step, shared plans
 * of my reports, learning agreements to agree to, on-the-job assignments to confirm, rating requests.
 * Query keys sit under `development`, so any decision made in development refreshes the inbox.
 */
export function useApprovals() {
  const me = useMe();
  const budgets = useQuery({
    queryKey: ['development', 'approvals', 'budgets'],
    queryFn: () => unwrap(api.GET('/api/v1/budgets/approvals')),
  });
  const plans = useQuery({
    queryKey: ['development', 'plans', 'team'],
    queryFn: () => unwrap(api.GET('/api/v1/plans')),
  });
  const agreements = useQuery({
    queryKey: ['development', 'agreements', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/learning-agreements/mine')),
  });
  const team = useQuery({
    queryKey: ['development', 'approvals', 'team-learning'],
    queryFn: () => unwrap(api.GET('/api/v1/learning/team')),
  });
  const ratings = useQuery({
    queryKey: ['development', 'approvals', 'ratings'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/skills/rating-requests', { params: { query: { box: 'incoming', status: 'open' } } }),
      ),
  });
  const queries = [budgets, plans, agreements, team, ratings];
  const items = {
    budgets: budgets.data ?? [],
    plans: (plans.data ?? []).filter((plan) => plan.state === 'shared'),
    agreements: (agreements.data ?? []).filter((a) => a.can.agree && a.person.id !== me.person.id),
    assignments: (team.data ?? []).flatMap((member) =>
      member.pendingConfirmations.map((submission) => ({ ...submission, person: member })),
    ),
    ratings: ratings.data ?? [],
  };
  return {
    isPending: queries.some((query) => query.isPending),
    error: queries.find((query) => query.isError)?.error ?? null,
    items,
    counts: Object.fromEntries(approvalKinds.map((kind) => [kind, items[kind].length])) as Record<
      ApprovalKind,
      number
    >,
  };
}
