import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

// Every query L&D's catalogue screens make, keyed in one place; invalidating `catalogueAdminKeys.all`
// refreshes them all after a change.
export const catalogueAdminKeys = {
  all: ['catalogue-admin'] as const,
  items: () => [...catalogueAdminKeys.all, 'items'] as const,
  item: (id: string | undefined) => [...catalogueAdminKeys.all, 'item', id] as const,
  courses: () => [...catalogueAdminKeys.all, 'courses'] as const,
  course: (id: string | undefined) => [...catalogueAdminKeys.all, 'course', id] as const,
  paths: () => [...catalogueAdminKeys.all, 'paths'] as const,
  path: (id: string | undefined) => [...catalogueAdminKeys.all, 'path', id] as const,
  rules: () => [...catalogueAdminKeys.all, 'rules'] as const,
  ratings: () => [...catalogueAdminKeys.all, 'ratings'] as const,
  skillSearch: (q: string) => [...catalogueAdminKeys.all, 'skill-search', q] as const,
  direction: () => [...catalogueAdminKeys.all, 'direction'] as const,
  goals: () => [...catalogueAdminKeys.all, 'goals'] as const,
};

export const adminItemsQuery = () =>
  queryOptions({
    queryKey: catalogueAdminKeys.items(),
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/items', { params: { query: { pageSize: 200 } } })),
  });
export const adminCoursesQuery = () =>
  queryOptions({
    queryKey: catalogueAdminKeys.courses(),
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/courses')),
  });
export const adminPathsQuery = () =>
  queryOptions({
    queryKey: catalogueAdminKeys.paths(),
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/paths')),
  });
export const rulesQuery = () =>
  queryOptions({
    queryKey: catalogueAdminKeys.rules(),
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/rules')),
  });
export const ratingsQuery = () =>
  queryOptions({
    queryKey: catalogueAdminKeys.ratings(),
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/ratings')),
  });

export const adminItemQuery = (id: string | undefined) =>
  queryOptions({
    queryKey: catalogueAdminKeys.item(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/catalogue/items/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
  });
export const adminCourseQuery = (id: string | undefined) =>
  queryOptions({
    queryKey: catalogueAdminKeys.course(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/catalogue/courses/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
  });
export const adminPathQuery = (id: string | undefined) =>
  queryOptions({
    queryKey: catalogueAdminKeys.path(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/catalogue/paths/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
  });

/** Skills of the framework matching a search (two letters or more). */
export const skillSearchQuery = (q: string) =>
  queryOptions({
    queryKey: catalogueAdminKeys.skillSearch(q),
    queryFn: () => unwrap(api.GET('/api/v1/skills/framework', { params: { query: { q } } })),
    enabled: q.length >= 2,
  });
export const directionQuery = () =>
  queryOptions({
    queryKey: catalogueAdminKeys.direction(),
    queryFn: () => unwrap(api.GET('/api/v1/direction')),
  });
export const goalsQuery = () =>
  queryOptions({ queryKey: catalogueAdminKeys.goals(), queryFn: () => unwrap(api.GET('/api/v1/goals')) });
