import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type LrsCredential = Schemas['LrsCredential'];
export type LrsActor = Schemas['LrsActor'];
export type BrowsedStatement = Schemas['LrsBrowsedStatement'];
export type ActorStatus = 'unmatched' | 'matched' | 'all';
export type StatementFilters = {
  personId?: string;
  agentKey?: string;
  verb?: string;
  activity?: string;
  since?: string;
  until?: string;
};

export const lrsScopes = [
  'statements/write',
  'statements/read',
  'statements/read/mine',
  'state',
  'profile',
  'define',
  'all/read',
  'all',
] as const;
export type LrsScope = (typeof lrsScopes)[number];

export function useCredentials() {
  return useQuery({
    queryKey: ['lrs', 'credentials'],
    queryFn: () => unwrap(api.GET('/api/v1/lrs/credentials')),
  });
}

export function useCreateCredential() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scopes: LrsScope[] }) =>
      unwrap(api.POST('/api/v1/lrs/credentials', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lrs', 'credentials'] }),
  });
}

export function useRevokeCredential() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/lrs/credentials/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lrs', 'credentials'] }),
  });
}

export function useActors(query: { status: ActorStatus; search: string; cursor: string | null }) {
  return useQuery({
    queryKey: ['lrs', 'actors', query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lrs/actors', {
          params: {
            query: {
              status: query.status,
              ...(query.search ? { search: query.search } : {}),
              ...(query.cursor ? { cursor: query.cursor } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMatchActor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agentKey, personId }: { agentKey: string; personId: string | null }) =>
      unwrap(
        api.PUT('/api/v1/lrs/actors/{agentKey}/person', {
          params: { path: { agentKey } },
          body: { personId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['lrs'] }),
  });
}

export function useStatements(filters: StatementFilters, cursor: string | null) {
  return useQuery({
    queryKey: ['lrs', 'statements', filters, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lrs/statements', {
          params: { query: { ...filters, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
