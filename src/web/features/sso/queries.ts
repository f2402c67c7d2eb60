import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components, paths } from '../../api/schema.gen.ts';

export type SsoSettings = components['schemas']['SsoSettings'];
export type SsoSettingsInput =
  paths['/api/v1/sso/settings']['put']['requestBody']['content']['application/json'];

const settingsKey = ['sso', 'settings'] as const;

export const useSsoSettings = () =>
  useQuery({ queryKey: settingsKey, queryFn: () => unwrap(api.GET('/api/v1/sso/settings')) });

export function useSaveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SsoSettingsInput) => unwrap(api.PUT('/api/v1/sso/settings', { body })),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}

export const useTestSsoConnection = () =>
  useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/sso/settings/test')) });

/** The owners, for the break-glass choice. */
export const useOwners = () =>
  useQuery({
    queryKey: ['people', 'owners'],
    queryFn: () => unwrap(api.GET('/api/v1/people', { params: { query: { role: 'owner' } } })),
  });
