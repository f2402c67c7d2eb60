import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import {
  catalogueQuery,
  forYouQuery,
  frameworkSkillsQuery,
  learnerCourseQuery,
  learnerPathQuery,
  learningKeys,
  myLearningQuery,
  playerItemQuery,
  teamLearningQuery,
  topicsQuery,
} from './queries.ts';

export type CatalogueEntry = Schemas['CatalogueEntry'];
export type PlayerItem = Schemas['PlayerItem'];
export type Finished = Schemas['Finished'];
export type EnrolmentView = Schemas['EnrolmentView'];
export type LearningLock = Schemas['LearningLock'];
export type SubjectType = 'content' | 'course' | 'path';

import type { BrowseFilters } from './queries.ts';

export type { BrowseFilters };

export const useCatalogue = (filters: BrowseFilters) => useQuery(catalogueQuery(filters));
export const useForYou = () => useQuery(forYouQuery());
export const useTopics = () => useQuery(topicsQuery());
export const useMyLearning = () => useQuery(myLearningQuery());
export const useTeamLearning = () => useQuery(teamLearningQuery());
export const usePlayerItem = (id: string) => useQuery(playerItemQuery(id));
export const useLearnerCourse = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...learnerCourseQuery(id), ...options });
export const useLearnerPath = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...learnerPathQuery(id), ...options });

/** A player that stores progress itself (SCORM) has the item's progress and "Mijn leren" read again. */
export function useRefreshItem(id: string) {
  const client = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        client.invalidateQueries({ queryKey: learningKeys.item(id) }),
        client.invalidateQueries({ queryKey: learningKeys.mine() }),
      ]),
    [client, id],
  );
}

/** Any change to learning refreshes what depends on it. */
function useInvalidateLearning() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: learningKeys.all }),
      client.invalidateQueries({ queryKey: learningKeys.catalogue }),
    ]);
}

export function useEnrol() {
  const invalidate = useInvalidateLearning();
  return useMutation({
    mutationFn: (subject: { type: SubjectType; id: string }) =>
      unwrap(api.POST('/api/v1/learning/enrolments', { body: subject })),
    onSuccess: invalidate,
  });
}

export function saveProgress(id: string, percent: number, positionSeconds: number | null) {
  return unwrap(
    api.PUT('/api/v1/learning/items/{id}/progress', {
      params: { path: { id } },
      body: { percent: Math.min(100, Math.max(0, Math.round(percent))), positionSeconds },
    }),
  );
}

export function useMarkDone(id: string) {
  const invalidate = useInvalidateLearning();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/learning/items/{id}/done', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useQuizAttempt(id: string) {
  const invalidate = useInvalidateLearning();
  return useMutation({
    mutationFn: (answers: Record<string, string | string[]>) =>
      unwrap(
        api.POST('/api/v1/learning/items/{id}/attempts', { params: { path: { id } }, body: { answers } }),
      ),
    onSuccess: invalidate,
  });
}

export function useSubmitReflection(id: string) {
  const invalidate = useInvalidateLearning();
  return useMutation({
    mutationFn: (reflection: string) =>
      unwrap(
        api.PUT('/api/v1/learning/items/{id}/submission', { params: { path: { id } }, body: { reflection } }),
      ),
    onSuccess: invalidate,
  });
}

export function useConfirmAssignment() {
  const invalidate = useInvalidateLearning();
  return useMutation({
    mutationFn: ({ contentId, personId }: { contentId: string; personId: string }) =>
      unwrap(
        api.POST('/api/v1/learning/items/{id}/submissions/{personId}/confirm', {
          params: { path: { id: contentId, personId } },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useRate() {
  const invalidate = useInvalidateLearning();
  return useMutation({
    mutationFn: (body: {
      subject: { type: SubjectType; id: string };
      stars: number;
      comment: string | null;
    }) => unwrap(api.PUT('/api/v1/learning/ratings', { body })),
    onSuccess: invalidate,
  });
}

export function useFollowTopics() {
  const invalidate = useInvalidateLearning();
  return useMutation({
    mutationFn: (labels: string[]) =>
      unwrap(api.PUT('/api/v1/catalogue/topics/followed', { body: { labels } })),
    onSuccess: invalidate,
  });
}

/** Where a catalogue entry opens. */
export function entryLink(entry: { type: SubjectType; id: string }) {
  if (entry.type === 'course') return { to: '/learning/courses/$id', params: { id: entry.id } } as const;
  if (entry.type === 'path') return { to: '/learning/paths/$id', params: { id: entry.id } } as const;
  return { to: '/learning/items/$id', params: { id: entry.id } } as const;
}

/** The framework's skills, for the catalogue's "helps with skill" filter. */
export const useFrameworkSkills = () => useQuery(frameworkSkillsQuery());
