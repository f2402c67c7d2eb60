import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type PrivacySettings = Schemas['PrivacySettings'];
export type Leaver = Schemas['Leaver'];
export type OrganisationExport = Schemas['OrganisationExport'];
export type Months = PrivacySettings['months'];

/** Downloads go straight to the browser (a plain link carries the session cookie). */
export const myDataUrl = '/api/v1/privacy/me/export';
export const organisationExportUrl = (id: string) => `/api/v1/privacy/organisation-exports/${id}/download`;

const keys = {
  settings: ['privacy', 'settings'] as const,
  leavers: ['privacy', 'leavers'] as const,
  exports: ['privacy', 'organisation-exports'] as const,
};

export const privacySettingsQuery = () =>
  queryOptions({ queryKey: keys.settings, queryFn: () => unwrap(api.GET('/api/v1/privacy/settings')) });
export const leaversQuery = () =>
  queryOptions({ queryKey: keys.leavers, queryFn: () => unwrap(api.GET('/api/v1/privacy/leavers')) });
export const organisationExportsQuery = () =>
  queryOptions({
    queryKey: keys.exports,
    queryFn: () => unwrap(api.GET('/api/v1/privacy/organisation-exports')),
    // A job builds the export: look again every few seconds while one is pending.
    refetchInterval: (query) => (query.state.data?.some((row) => row.state === 'pending') ? 3000 : false),
  });

export function useSaveRetention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (months: Months) => unwrap(api.PUT('/api/v1/privacy/settings', { body: { months } })),
    onSuccess: (settings) => client.setQueryData(keys.settings, settings),
  });
}

export function useErase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/privacy/leavers/{id}/erasure', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.leavers }),
  });
}

export function useRequestOrganisationExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/privacy/organisation-exports')),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.exports }),
  });
}

// —— e-mail switches ("Mijn gegevens"): optional kinds (mail) and the digest (notifications, the bell's key)

const mailKey = ['mail', 'preferences'] as const;
const digestKey = ['notifications', 'preferences'] as const;
export type Digest = 'off' | 'daily' | 'weekly';

export const mailPreferencesQuery = () =>
  queryOptions({ queryKey: mailKey, queryFn: () => unwrap(api.GET('/api/v1/mail/preferences')) });
export const digestQuery = () =>
  queryOptions({ queryKey: digestKey, queryFn: () => unwrap(api.GET('/api/v1/notifications/preferences')) });

export function useSaveMailOptOuts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (optedOut: string[]) =>
      unwrap(api.PUT('/api/v1/mail/preferences', { body: { optedOut: optedOut as never } })),
    onSuccess: (preferences) => client.setQueryData(mailKey, preferences),
  });
}

export function useSaveDigest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (emailDigest: Digest) =>
      unwrap(api.PUT('/api/v1/notifications/preferences', { body: { emailDigest } })),
    onSuccess: (preferences) => client.setQueryData(digestKey, preferences),
  });
}
