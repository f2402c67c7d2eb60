import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

// Every query the learner's screens make, keyed in one place. A change to learning invalidates
// `learningKeys.all` and `learningKeys.catalogue`.
export const learningKeys = {
  all: ['learning'] as const,
  catalogue: ['catalogue'] as const,
  browse: (filters: BrowseFilters) => [...learningKeys.catalogue, filters] as const,
  forYou: () => [...learningKeys.catalogue, 'for-you'] as const,
  topics: () => [...learningKeys.catalogue, 'topics'] as const,
  skills: () => [...learningKeys.catalogue, 'skills'] as const,
  mine: () => [...learningKeys.all, 'mine'] as const,
  team: () => [...learningKeys.all, 'team'] as const,
  item: (id: string) => [...learningKeys.all, 'item', id] as const,
  course: (id: string) => [...learningKeys.all, 'course', id] as const,
  path: (id: string) => [...learningKeys.all, 'path', id] as const,
  certificate: (code: string) => ['certificate', code] as const,
};

export type BrowseFilters = {
  q?: string;
  format?: string;
  maxMinutes?: number;
  language?: 'nl' | 'en';
  topic?: string;
  skillId?: string;
  isNew?: boolean;
  sort?: 'relevance' | 'newest' | 'title' | 'shortest';
  page?: number;
};

export const catalogueQuery = (filters: BrowseFilters) =>
  queryOptions({
    queryKey: learningKeys.browse(filters),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/catalogue', {
          params: {
            query: {
              ...filters,
              isNew: filters.isNew ? 'true' : undefined,
              format: filters.format as never,
              pageSize: 24,
            },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });
export const forYouQuery = () =>
  queryOptions({
    queryKey: learningKeys.forYou(),
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/for-you')),
  });
export const topicsQuery = () =>
  queryOptions({
    queryKey: learningKeys.topics(),
    queryFn: () => unwrap(api.GET('/api/v1/catalogue/topics')),
  });
export const frameworkSkillsQuery = () =>
  queryOptions({
    queryKey: learningKeys.skills(),
    queryFn: () => unwrap(api.GET('/api/v1/skills/framework', { params: { query: {} } })),
    staleTime: 5 * 60_000,
  });
export const myLearningQuery = () =>
  queryOptions({ queryKey: learningKeys.mine(), queryFn: () => unwrap(api.GET('/api/v1/learning/mine')) });
export const teamLearningQuery = () =>
  queryOptions({ queryKey: learningKeys.team(), queryFn: () => unwrap(api.GET('/api/v1/learning/team')) });
export const playerItemQuery = (id: string) =>
  queryOptions({
    queryKey: learningKeys.item(id),
    queryFn: () => unwrap(api.GET('/api/v1/learning/items/{id}', { params: { path: { id } } })),
  });
export const learnerCourseQuery = (id: string) =>
  queryOptions({
    queryKey: learningKeys.course(id),
    queryFn: () => unwrap(api.GET('/api/v1/learning/courses/{id}', { params: { path: { id } } })),
  });
export const learnerPathQuery = (id: string) =>
  queryOptions({
    queryKey: learningKeys.path(id),
    queryFn: () => unwrap(api.GET('/api/v1/learning/paths/{id}', { params: { path: { id } } })),
  });
export const certificateQuery = (code: string) =>
  queryOptions({
    queryKey: learningKeys.certificate(code),
    queryFn: () => unwrap(api.GET('/api/v1/certificates/verify/{code}', { params: { path: { code } } })),
  });
