import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type Journey = Schemas['OnboardingJourney'];
export type JourneyStep = Schemas['OnboardingStep'];
export type Template = Schemas['OnboardingTemplate'];

export const onboardingKeys = {
  all: ['onboarding'] as const,
  overview: ['onboarding', 'overview'] as const,
  journey: (id: string) => ['onboarding', 'journey', id] as const,
  journeys: ['onboarding', 'journeys'] as const,
  templates: ['onboarding', 'templates'] as const,
  template: (id: string) => ['onboarding', 'template', id] as const,
};

export const overviewQuery = () =>
  queryOptions({
    queryKey: onboardingKeys.overview,
    queryFn: () => unwrap(api.GET('/api/v1/onboarding')),
  });
export const journeyQuery = (id: string) =>
  queryOptions({
    queryKey: onboardingKeys.journey(id),
    queryFn: () => unwrap(api.GET('/api/v1/onboarding/journeys/{id}', { params: { path: { id } } })),
  });
export const journeysQuery = () =>
  queryOptions({
    queryKey: onboardingKeys.journeys,
    queryFn: () => unwrap(api.GET('/api/v1/onboarding/journeys')),
  });
export const templatesQuery = () =>
  queryOptions({
    queryKey: onboardingKeys.templates,
    queryFn: () => unwrap(api.GET('/api/v1/onboarding/templates')),
  });
export const templateQuery = (id: string) =>
  queryOptions({
    queryKey: onboardingKeys.template(id),
    queryFn: () => unwrap(api.GET('/api/v1/onboarding/templates/{id}', { params: { path: { id } } })),
  });

function useOnboardingAction<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: onboardingKeys.all }),
  });
}

export const useTick = () =>
  useOnboardingAction(({ id, done }: { id: string; done: boolean }) =>
    unwrap(api.POST('/api/v1/onboarding/steps/{id}/done', { params: { path: { id } }, body: { done } })),
  );
export const useChangeBuddy = () =>
  useOnboardingAction(({ id, buddyId }: { id: string; buddyId: string | null }) =>
    unwrap(
      api.PUT('/api/v1/onboarding/journeys/{id}/buddy', { params: { path: { id } }, body: { buddyId } }),
    ),
  );
export const useAssign = () =>
  useOnboardingAction(
    (body: { personId: string; templateId: string; buddyId: string | null; startDate: string | null }) =>
      unwrap(api.POST('/api/v1/onboarding/journeys', { body })),
  );

export type TemplateBody = Schemas['OnboardingTemplate'] extends infer T
  ? Omit<T & object, 'id' | 'journeys' | 'steps'> & {
      steps: Omit<Schemas['OnboardingTemplate']['steps'][number], 'id' | 'contentTitle'>[];
    }
  : never;

export const saveTemplate = (id: string | undefined, body: TemplateBody) =>
  id
    ? unwrap(api.PUT('/api/v1/onboarding/templates/{id}', { params: { path: { id } }, body }))
    : unwrap(api.POST('/api/v1/onboarding/templates', { body }));
