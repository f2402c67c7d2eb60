import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';
import {
  adminCourseQuery,
  adminCoursesQuery,
  adminItemQuery,
  adminItemsQuery,
  adminPathQuery,
  adminPathsQuery,
  catalogueAdminKeys,
  ratingsQuery,
  rulesQuery,
} from './queries.ts';

export type ContentItem = Schemas['ContentItem'];
export type QuizQuestion = Schemas['QuizQuestion'];
export type ContentKind = ContentItem['kind'];
export const contentKinds: ContentKind[] = [
  'article',
  'video',
  'audio',
  'document',
  'link',
  'quiz',
  'assignment',
];

export const useAdminItems = () => useQuery(adminItemsQuery());
export const useAdminCourses = () => useQuery(adminCoursesQuery());
export const useAdminPaths = () => useQuery(adminPathsQuery());
export const useRules = () => useQuery(rulesQuery());
export const useRatings = () => useQuery(ratingsQuery());
export const useAdminItem = (id: string | undefined) => useQuery(adminItemQuery(id));
export const useAdminCourse = (id: string | undefined) => useQuery(adminCourseQuery(id));
export const useAdminPath = (id: string | undefined) => useQuery(adminPathQuery(id));

export function useInvalidateAdmin() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: catalogueAdminKeys.all }),
      client.invalidateQueries({ queryKey: ['catalogue'] }),
    ]);
}

export type ItemInput =
  paths['/api/v1/catalogue/items']['post']['requestBody']['content']['application/json'];
export type CourseInput =
  paths['/api/v1/catalogue/courses']['post']['requestBody']['content']['application/json'];
export type PathInput =
  paths['/api/v1/catalogue/paths']['post']['requestBody']['content']['application/json'];
export type RuleInput =
  paths['/api/v1/catalogue/rules']['post']['requestBody']['content']['application/json'];

export function saveItem(id: string | undefined, body: ItemInput) {
  return id
    ? unwrap(api.PUT('/api/v1/catalogue/items/{id}', { params: { path: { id } }, body }))
    : unwrap(api.POST('/api/v1/catalogue/items', { body }));
}

export function setStatus(
  kind: 'items' | 'courses' | 'paths',
  id: string,
  status: 'draft' | 'published' | 'archived',
): Promise<{ id: string; status: string }> {
  const body = { status };
  const path = { params: { path: { id } }, body };
  if (kind === 'items') return unwrap(api.POST('/api/v1/catalogue/items/{id}/status', path));
  if (kind === 'courses') return unwrap(api.POST('/api/v1/catalogue/courses/{id}/status', path));
  return unwrap(api.POST('/api/v1/catalogue/paths/{id}/status', path));
}

export function useSetStatus(kind: 'items' | 'courses' | 'paths', id: string) {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (status: 'draft' | 'published' | 'archived') => setStatus(kind, id, status),
    onSuccess: invalidate,
  });
}

export function uploadMedia(purpose: 'video' | 'audio' | 'document' | 'captions', file: File) {
  const form = new FormData();
  form.append('file', file);
  // openapi-fetch sends FormData as it is (the browser adds the boundary) plus the CSRF header.
  return unwrap(api.POST('/api/v1/files', { params: { query: { purpose } }, body: form as never }));
}

export function saveCourse(id: string | undefined, body: CourseInput) {
  return id
    ? unwrap(api.PUT('/api/v1/catalogue/courses/{id}', { params: { path: { id } }, body }))
    : unwrap(api.POST('/api/v1/catalogue/courses', { body }));
}

export function savePath(id: string | undefined, body: PathInput) {
  return id
    ? unwrap(api.PUT('/api/v1/catalogue/paths/{id}', { params: { path: { id } }, body }))
    : unwrap(api.POST('/api/v1/catalogue/paths', { body }));
}
