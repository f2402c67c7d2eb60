import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';

export type FeedbackRequest = Schemas['FeedbackRequest'];
export type NewRequest =
  paths['/api/v1/feedback/requests']['post']['requestBody']['content']['application/json'];

const keys = {
  all: ['feedback'] as const,
  mine: ['feedback', 'mine'] as const,
  inbox: ['feedback', 'inbox'] as const,
  one: (id: string) => ['feedback', 'one', id] as const,
};

export const myRequestsQuery = () =>
  queryOptions({ queryKey: keys.mine, queryFn: () => unwrap(api.GET('/api/v1/feedback/requests')) });
export const inboxQuery = () =>
  queryOptions({ queryKey: keys.inbox, queryFn: () => unwrap(api.GET('/api/v1/feedback/inbox')) });
export const requestQuery = (id: string) =>
  queryOptions({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/feedback/requests/{id}', { params: { path: { id } } })),
  });
export const myPlanQuery = () =>
  queryOptions({
    queryKey: ['feedback', 'plan'],
    queryFn: () => unwrap(api.GET('/api/v1/plans/mine', { params: { query: {} } })),
  });

function useFeedbackMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }) });
}

export const useAskFeedback = () =>
  useFeedbackMutation((body: NewRequest) => unwrap(api.POST('/api/v1/feedback/requests', { body })));
export const useAnswerFeedback = (id: string) =>
  useFeedbackMutation((body: { answer: string; skillLevel?: number }) =>
    unwrap(api.POST('/api/v1/feedback/requests/{id}/answer', { params: { path: { id } }, body })),
  );
export const useDeclineFeedback = (id: string) =>
  useFeedbackMutation(() =>
    unwrap(api.POST('/api/v1/feedback/requests/{id}/decline', { params: { path: { id } } })),
  );
export const useShareFeedback = (id: string) =>
  useFeedbackMutation((isSharedWithManager: boolean) =>
    unwrap(
      api.PATCH('/api/v1/feedback/requests/{id}', {
        params: { path: { id } },
        body: { isSharedWithManager },
      }),
    ),
  );
