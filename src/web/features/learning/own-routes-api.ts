import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { learningKeys } from './queries.ts';

export type OwnRoute = Schemas['OwnRoute'];
export type OwnRouteStep = OwnRoute['steps'][number];

const keys = {
  overview: () => [...learningKeys.all, 'own-routes'] as const,
  one: (id: string) => [...learningKeys.all, 'own-routes', id] as const,
};

export const ownRoutesQuery = () =>
  queryOptions({ queryKey: keys.overview(), queryFn: () => unwrap(api.GET('/api/v1/learning/own-routes')) });
export const ownRouteQuery = (id: string) =>
  queryOptions({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/learning/own-routes/{id}', { params: { path: { id } } })),
  });

export const useOwnRoutes = () => useQuery(ownRoutesQuery());
export const useOwnRoute = (id: string) => useQuery(ownRouteQuery(id));

/** A change to a route answers the route; it replaces the cached one and refreshes the lists. */
function useRouteMutation<I>(run: (input: I) => Promise<OwnRoute>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (route) => {
      client.setQueryData(keys.one(route.id), route);
      await client.invalidateQueries({ queryKey: keys.overview() });
    },
  });
}

export type RouteInput = {
  title: string;
  purpose: string;
  planGoalId: string | null;
  steps: {
    kind: OwnRouteStep['kind'];
    refId: string | null;
    title: string;
    note: string;
    url: string | null;
    isDone: boolean;
  }[];
};

export const useCreateRoute = () =>
  useRouteMutation((body: RouteInput) => unwrap(api.POST('/api/v1/learning/own-routes', { body })));
export const useSaveRoute = (id: string) =>
  useRouteMutation((body: RouteInput) =>
    unwrap(api.PUT('/api/v1/learning/own-routes/{id}', { params: { path: { id } }, body })),
  );
export const useRouteVisibility = (id: string) =>
  useRouteMutation((body: { isShared: boolean; isPublished: boolean }) =>
    unwrap(api.PUT('/api/v1/learning/own-routes/{id}/visibility', { params: { path: { id } }, body })),
  );
export const useRouteComment = (id: string) =>
  useRouteMutation((body: string) =>
    unwrap(
      api.POST('/api/v1/learning/own-routes/{id}/comments', { params: { path: { id } }, body: { body } }),
    ),
  );
export const useCopyRoute = (id: string) =>
  useRouteMutation(() =>
    unwrap(api.POST('/api/v1/learning/own-routes/{id}/copy', { params: { path: { id } } })),
  );

export function usePreferredFormat() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (preferredFormat: string | null) =>
      unwrap(
        api.PUT('/api/v1/learning/preferences', { body: { preferredFormat: preferredFormat as never } }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: learningKeys.all }),
        client.invalidateQueries({ queryKey: learningKeys.catalogue }),
      ]),
  });
}
