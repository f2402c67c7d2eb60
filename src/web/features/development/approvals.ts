import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

/** The kinds of things that wait on a manager, in the order the inbox shows them. */
export const approvalKinds = [
  'budgets',
  'plans',
  'agreements',
  'assignments',
  'ratings',
  'workshops',
] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

/**
 * Everything waiting on me in one request (the server composes it from the modules that own each kind).
 * The key sits under `development`, so any decision made in development refreshes the inbox.
 */
export function useApprovals() {
  const query = useQuery({
    queryKey: ['development', 'approvals', 'inbox'],
    queryFn: () => unwrap(api.GET('/api/v1/development/approvals')),
  });
  const empty = { budgets: [], plans: [], agreements: [], assignments: [], ratings: [], workshops: [] };
  const zero = { budgets: 0, plans: 0, agreements: 0, assignments: 0, ratings: 0, workshops: 0 };
  return {
    isPending: query.isPending,
    error: query.error,
    items: query.data ?? empty,
    counts: (query.data?.counts ?? zero) as Record<ApprovalKind, number>,
  };
}
