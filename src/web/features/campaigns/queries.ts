import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';

export type Campaign = Schemas['Campaign'];
export type CampaignMessage = Schemas['CampaignMessage'];
export type CampaignResults = Schemas['CampaignResults'];
export type Theme = Schemas['Theme'];
export type Spotlight = Schemas['Spotlight'];
export type CampaignSettings = Schemas['CampaignSettings'];
type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;
export type CampaignInput = Body<'/api/v1/campaigns', 'post'>;
export type ThemeInput = Body<'/api/v1/campaign-themes', 'post'>;
export type SettingsInput = Body<'/api/v1/campaign-settings', 'patch'>;

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: ['campaigns', 'list'] as const,
  one: (id: string) => ['campaigns', 'one', id] as const,
  results: (id: string) => ['campaigns', 'results', id] as const,
  preview: (id: string, messageId: string) => ['campaigns', 'preview', id, messageId] as const,
  promo: (id: string) => ['campaigns', 'promo', id] as const,
  themes: ['campaigns', 'themes'] as const,
  settings: ['campaigns', 'settings'] as const,
  spotlight: ['campaigns', 'spotlight'] as const,
  nudges: ['campaigns', 'nudges'] as const,
  nudgeTexts: ['campaigns', 'nudge-texts'] as const,
};

export const campaignsQuery = () =>
  queryOptions({ queryKey: campaignKeys.list, queryFn: () => unwrap(api.GET('/api/v1/campaigns')) });
export const campaignQuery = (id: string) =>
  queryOptions({
    queryKey: campaignKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })),
  });
export const resultsQuery = (id: string) =>
  queryOptions({
    queryKey: campaignKeys.results(id),
    queryFn: () => unwrap(api.GET('/api/v1/campaigns/{id}/results', { params: { path: { id } } })),
  });
export const promoQuery = (id: string) =>
  queryOptions({
    queryKey: campaignKeys.promo(id),
    queryFn: () => unwrap(api.GET('/api/v1/campaigns/{id}/promo', { params: { path: { id } } })),
  });
export const previewQuery = (id: string, messageId: string) =>
  queryOptions({
    queryKey: campaignKeys.preview(id, messageId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/campaigns/{id}/messages/{messageId}/preview', {
          params: { path: { id, messageId } },
        }),
      ),
  });
export const themesQuery = () =>
  queryOptions({ queryKey: campaignKeys.themes, queryFn: () => unwrap(api.GET('/api/v1/campaign-themes')) });
export const settingsQuery = () =>
  queryOptions({
    queryKey: campaignKeys.settings,
    queryFn: () => unwrap(api.GET('/api/v1/campaign-settings')),
  });
export const spotlightQuery = () =>
  queryOptions({ queryKey: campaignKeys.spotlight, queryFn: () => unwrap(api.GET('/api/v1/spotlight')) });
export type NudgeText = Schemas['NudgeText'];
export const nudgeTextsQuery = () =>
  queryOptions({
    queryKey: campaignKeys.nudgeTexts,
    queryFn: () => unwrap(api.GET('/api/v1/nudge-texts')),
  });
export const nudgePreferencesQuery = () =>
  queryOptions({
    queryKey: campaignKeys.nudges,
    queryFn: () => unwrap(api.GET('/api/v1/nudges/preferences')),
  });

function useCampaignMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}

export const useSaveCampaign = (id?: string) =>
  useCampaignMutation((body: CampaignInput) =>
    id
      ? unwrap(api.PUT('/api/v1/campaigns/{id}', { params: { path: { id } }, body }))
      : unwrap(api.POST('/api/v1/campaigns', { body })),
  );
export const useLaunchCampaign = () =>
  useCampaignMutation((id: string) =>
    unwrap(api.POST('/api/v1/campaigns/{id}/launch', { params: { path: { id } } })),
  );
export const useStopCampaign = () =>
  useCampaignMutation((id: string) =>
    unwrap(api.POST('/api/v1/campaigns/{id}/stop', { params: { path: { id } } })),
  );
export const useDeleteCampaign = () =>
  useCampaignMutation((id: string) =>
    unwrap(api.DELETE('/api/v1/campaigns/{id}', { params: { path: { id } } })),
  );
export const useSaveTheme = () =>
  useCampaignMutation(({ id, body }: { id?: string; body: ThemeInput }) =>
    id
      ? unwrap(api.PUT('/api/v1/campaign-themes/{id}', { params: { path: { id } }, body }))
      : unwrap(api.POST('/api/v1/campaign-themes', { body })),
  );
export const useRemoveTheme = () =>
  useCampaignMutation((id: string) =>
    unwrap(api.DELETE('/api/v1/campaign-themes/{id}', { params: { path: { id } } })),
  );
export const useStarterThemes = () =>
  useCampaignMutation(() => unwrap(api.POST('/api/v1/campaign-themes/starter-set')));
export const useSaveSettings = () =>
  useCampaignMutation((body: SettingsInput) => unwrap(api.PATCH('/api/v1/campaign-settings', { body })));
export const useSaveNudgeTexts = () =>
  useCampaignMutation(
    ({ kind, texts }: { kind: NudgeText['kind']; texts: { language: string; text: string }[] }) =>
      unwrap(api.PUT('/api/v1/nudge-texts/{kind}', { params: { path: { kind } }, body: { texts } })),
  );
export const useSaveNudgePreferences = () =>
  useCampaignMutation(
    (body: { optedOut: Schemas['NudgePreferences']['optedOut']; contentLanguage?: string | null }) =>
      unwrap(api.PUT('/api/v1/nudges/preferences', { body })),
  );
export const recordSpotlight = (id: string, what: 'seen' | 'click') =>
  what === 'seen'
    ? api.POST('/api/v1/spotlight/{id}/seen', { params: { path: { id } } })
    : api.POST('/api/v1/spotlight/{id}/click', { params: { path: { id } } });
