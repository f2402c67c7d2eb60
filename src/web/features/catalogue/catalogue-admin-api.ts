import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';

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

export const useAdminItems = () =>
  useQuery({
    queryKey: ['catalogue-admin', 'items'],
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/items', { params: { query: { pageSize: 200 } } })),
  });
export const useAdminCourses = () =>
  useQuery({
    queryKey: ['catalogue-admin', 'courses'],
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/courses')),
  });
export const useAdminPaths = () =>
  useQuery({
    queryKey: ['catalogue-admin', 'paths'],
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/paths')),
  });
export const useRules = () =>
  useQuery({
    queryKey: ['catalogue-admin', 'rules'],
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/rules')),
  });
export const useRatings = () =>
  useQuery({
    queryKey: ['catalogue-admin', 'ratings'],
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/ratings')),
  });

export const useAdminItem = (id: string | undefined) =>
  useQuery({
    queryKey: ['catalogue-admin', 'item', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/catalogue/items/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
  });
export const useAdminCourse = (id: string | undefined) =>
  useQuery({
    queryKey: ['catalogue-admin', 'course', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/catalogue/courses/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
  });
export const useAdminPath = (id: string | undefined) =>
  useQuery({
    queryKey: ['catalogue-admin', 'path', id],
    queryFn: () =>
      unwrap(api.GET('/api/v1/catalogue/paths/{id}', { params: { path: { id: id as string } } })),
    enabled: Boolean(id),
  });

export function useInvalidateAdmin() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['catalogue-admin'] }),
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
