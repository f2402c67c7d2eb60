import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type Week = Schemas['LearningTimeWeek'];
export type TeamWeek = Schemas['LearningTimeTeamWeek'];

export const learningTimeKeys = {
  all: ['learning-time'] as const,
  week: (week?: string) => ['learning-time', 'week', week ?? 'now'] as const,
  team: (week?: string) => ['learning-time', 'team', week ?? 'now'] as const,
  feed: ['learning-time', 'feed'] as const,
};

export const weekQuery = (week?: string) =>
  queryOptions({
    queryKey: learningTimeKeys.week(week),
    queryFn: () => unwrap(api.GET('/api/v1/learning-time/week', { params: { query: { week } } })),
  });
export const teamQuery = (week?: string) =>
  queryOptions({
    queryKey: learningTimeKeys.team(week),
    queryFn: () => unwrap(api.GET('/api/v1/learning-time/team', { params: { query: { week } } })),
  });
export const feedQuery = () =>
  queryOptions({
    queryKey: learningTimeKeys.feed,
    queryFn: () => unwrap(api.GET('/api/v1/learning-time/feed')),
  });

function useInvalidating<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learningTimeKeys.all }),
  });
}

export const useReserveBlock = () =>
  useInvalidating(
    (body: { title: string; date: string; startTime: string; endTime: string; repeatsWeekly: boolean }) =>
      unwrap(api.POST('/api/v1/learning-time/blocks', { body })),
  );
export const useRemoveBlock = () =>
  useInvalidating((id: string) =>
    unwrap(api.DELETE('/api/v1/learning-time/blocks/{id}', { params: { path: { id } } })),
  );
export const useLogTime = () =>
  useInvalidating((body: { date: string; minutes: number; description: string }) =>
    unwrap(api.POST('/api/v1/learning-time/entries', { body })),
  );
export const useRenewFeed = () =>
  useInvalidating((_: undefined) => unwrap(api.POST('/api/v1/learning-time/feed')));
export const useRevokeFeed = () => useInvalidating(() => unwrap(api.DELETE('/api/v1/learning-time/feed')));
export const useProposeHour = () =>
  useInvalidating(
    (body: { title: string; date: string; startTime: string; endTime: string; repeatsWeekly: boolean }) =>
      unwrap(api.POST('/api/v1/learning-time/team/proposals', { body })),
  );
export const useAnswerProposal = () =>
  useInvalidating(({ id, accept }: { id: string; accept: boolean }) =>
    unwrap(
      api.POST('/api/v1/learning-time/proposals/{id}/answer', { params: { path: { id } }, body: { accept } }),
    ),
  );

export type Norm = Schemas['LearningTimeNorm'];
export const normsQuery = () =>
  queryOptions({
    queryKey: ['learning-time', 'norms'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/learning-time/norms')),
  });
type NormBody = {
  scope: 'organisation' | 'unit' | 'role';
  orgUnitId?: string;
  role?: Norm['role'] & string;
  minutesPerWeek?: number;
  percentOfContract?: number;
};
export const useSetNorms = () =>
  useInvalidating((norms: NormBody[]) => unwrap(api.PUT('/api/v1/learning-time/norms', { body: { norms } })));
export const teamNoShowsQuery = () =>
  queryOptions({
    queryKey: ['learning-time', 'no-shows'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/workshops/team/no-shows')),
  });
