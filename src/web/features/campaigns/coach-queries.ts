import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type CoachPanel = Schemas['CoachPanel'];
export type CoachTip = Schemas['CoachTip'];
// What is sent: the texts per other language without their writing direction (the server knows it).
export type CoachTipInput = Omit<CoachTip, 'id' | 'shipped' | 'translations'> & {
  translations: { language: string; title: string; body: string }[];
};

const coachKeys = {
  all: ['coach'] as const,
  panel: ['coach', 'panel'] as const,
  tips: ['coach', 'tips'] as const,
};

export const coachPanelQuery = () =>
  queryOptions({ queryKey: coachKeys.panel, queryFn: () => unwrap(api.GET('/api/v1/coach')) });
export const coachTipsQuery = () =>
  queryOptions({ queryKey: coachKeys.tips, queryFn: () => unwrap(api.GET('/api/v1/coach-tips')) });

function useCoachMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coachKeys.all }),
  });
}

export const useSaveCoachTip = () =>
  useCoachMutation(({ id, body }: { id?: string; body: CoachTipInput }) =>
    id
      ? unwrap(api.PUT('/api/v1/coach-tips/{id}', { params: { path: { id } }, body }))
      : unwrap(api.POST('/api/v1/coach-tips', { body })),
  );
export const useRemoveCoachTip = () =>
  useCoachMutation((id: string) =>
    unwrap(api.DELETE('/api/v1/coach-tips/{id}', { params: { path: { id } } })),
  );
