import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';

export type Round = Schemas['TalentRound'];
export type GridEntry = Schemas['TalentGridEntry'];
export type Review = Schemas['TalentReview'];
export type MyTalent = Schemas['MyTalent'];
type RoundInput = paths['/api/v1/talent/rounds']['post']['requestBody']['content']['application/json'];
type ReviewInput = paths['/api/v1/talent/reviews/{id}']['put']['requestBody']['content']['application/json'];

export const talentKeys = {
  all: ['talent'] as const,
  rounds: ['talent', 'rounds'] as const,
  round: (id: string) => ['talent', 'round', id] as const,
  review: (id: string) => ['talent', 'review', id] as const,
  me: ['talent', 'me'] as const,
  settings: ['talent', 'settings'] as const,
  succession: ['talent', 'succession'] as const,
};

export const roundsQuery = () =>
  queryOptions({ queryKey: talentKeys.rounds, queryFn: () => unwrap(api.GET('/api/v1/talent/rounds')) });
export const roundQuery = (id: string) =>
  queryOptions({
    queryKey: talentKeys.round(id),
    queryFn: () => unwrap(api.GET('/api/v1/talent/rounds/{id}', { params: { path: { id } } })),
  });
export const reviewQuery = (id: string) =>
  queryOptions({
    queryKey: talentKeys.review(id),
    queryFn: () => unwrap(api.GET('/api/v1/talent/reviews/{id}', { params: { path: { id } } })),
  });
export const myTalentQuery = () =>
  queryOptions({ queryKey: talentKeys.me, queryFn: () => unwrap(api.GET('/api/v1/talent/me')) });
export const settingsQuery = () =>
  queryOptions({ queryKey: talentKeys.settings, queryFn: () => unwrap(api.GET('/api/v1/talent/settings')) });
export const successionQuery = () =>
  queryOptions({
    queryKey: talentKeys.succession,
    queryFn: () => unwrap(api.GET('/api/v1/talent/succession')),
  });
export const jobRolesQuery = () =>
  queryOptions({ queryKey: ['talent', 'job-roles'], queryFn: () => unwrap(api.GET('/api/v1/job-roles')) });
export const unitsQuery = () =>
  queryOptions({ queryKey: ['talent', 'units'], queryFn: () => unwrap(api.GET('/api/v1/org-units')) });
export const pathsQuery = () =>
  queryOptions({
    queryKey: ['talent', 'paths'],
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/paths')),
  });

function useTalentChange<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

export const useOpenRound = () =>
  useTalentChange((body: RoundInput) => unwrap(api.POST('/api/v1/talent/rounds', { body })));
export const useSaveReview = (id: string) =>
  useTalentChange((body: ReviewInput) =>
    unwrap(api.PUT('/api/v1/talent/reviews/{id}', { params: { path: { id } }, body })),
  );
export const useMove = () =>
  useTalentChange(({ id, ...body }: { id: string; performance: number; potential: number; reason: string }) =>
    unwrap(api.POST('/api/v1/talent/reviews/{id}/move', { params: { path: { id } }, body })),
  );
export const useSignOff = (id: string) =>
  useTalentChange(() =>
    unwrap(api.POST('/api/v1/talent/rounds/{id}/sign-off', { params: { path: { id } } })),
  );
export const useReopen = (id: string) =>
  useTalentChange((reason: string) =>
    unwrap(api.POST('/api/v1/talent/rounds/{id}/reopen', { params: { path: { id } }, body: { reason } })),
  );
export const useAssignPath = (id: string) =>
  useTalentChange((body: { boxes: { performance: number; potential: number }[]; pathId: string }) =>
    unwrap(api.POST('/api/v1/talent/rounds/{id}/assign-path', { params: { path: { id } }, body })),
  );
export const useDecide = () =>
  useTalentChange(({ id, accept }: { id: string; accept: boolean }) =>
    accept
      ? unwrap(api.POST('/api/v1/talent/proposals/{id}/accept', { params: { path: { id } } }))
      : unwrap(api.POST('/api/v1/talent/proposals/{id}/decline', { params: { path: { id } } })),
  );
export const useSaveSettings = () =>
  useTalentChange((body: { ownReviewVisibility: 'nothing' | 'advice' | 'everything' }) =>
    unwrap(api.PUT('/api/v1/talent/settings', { body })),
  );
export type Question = Schemas['TalentQuestion'];
export const useSetQuestions = (id: string) =>
  useTalentChange((questions: Question[]) =>
    unwrap(
      api.PUT('/api/v1/talent/rounds/{id}/questions', { params: { path: { id } }, body: { questions } }),
    ),
  );
export const useOpenDraft = (id: string) =>
  useTalentChange(() => unwrap(api.POST('/api/v1/talent/rounds/{id}/open', { params: { path: { id } } })));
