import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type Credential = Schemas['Credential'];
export type OrganisationCredential = Schemas['OrganisationCredential'];
export type Verification = Schemas['CredentialVerification'];
export type IssuerKey = Schemas['CredentialIssuerKey'];

export const credentialKeys = {
  all: ['credentials'] as const,
  mine: ['credentials', 'mine'] as const,
  organisation: ['credentials', 'organisation'] as const,
  issuerKeys: ['credentials', 'issuer-keys'] as const,
  verification: (id: string) => ['credentials', 'verification', id] as const,
};

export const myCredentialsQuery = () =>
  queryOptions({ queryKey: credentialKeys.mine, queryFn: () => unwrap(api.GET('/api/v1/credentials/mine')) });
export const organisationCredentialsQuery = () =>
  queryOptions({
    queryKey: credentialKeys.organisation,
    queryFn: () => unwrap(api.GET('/api/v1/credentials')),
  });
export const verificationQuery = (id: string) =>
  queryOptions({
    queryKey: credentialKeys.verification(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/credentials/public/{id}/verification', { params: { path: { id } } })),
  });

/** Checks a credential file someone dropped on the public page. */
export const useVerifyFile = () =>
  useMutation({
    mutationFn: (document: Record<string, unknown>) =>
      unwrap(api.POST('/api/v1/credentials/verify', { body: document })),
  });

export const useRevokeCredential = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; reason: string }) =>
      unwrap(
        api.POST('/api/v1/credentials/revocations/{id}', {
          params: { path: { id: input.id } },
          body: { reason: input.reason },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: credentialKeys.all }),
  });
};

/** Where the signed JSON and the baked images are downloaded (public, by the credential's id). */
export const downloadUrl = (id: string, format: 'json' | 'png' | 'svg') =>
  format === 'json' ? `/api/v1/credentials/public/${id}` : `/api/v1/credentials/public/${id}/baked/${format}`;

export const issuerKeysQuery = () =>
  queryOptions({
    queryKey: credentialKeys.issuerKeys,
    queryFn: () => unwrap(api.GET('/api/v1/credentials/issuer-keys')),
  });

/** L&D: a new key signs from now on; the old ones stay published. */
export const useRotateIssuerKey = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/credentials/issuer-keys', { body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: credentialKeys.issuerKeys }),
  });
};
