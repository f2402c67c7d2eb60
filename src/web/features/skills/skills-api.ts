import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type SkillsMap = Schemas['SkillsMap'];
export type PersonSkill = Schemas['PersonSkill'];
export type SkillRating = Schemas['SkillRating'];
export type Framework = Schemas['SkillFramework'];
export type JobRole = Schemas['JobRole'];
export type RatingRequest = Schemas['RatingRequest'];
export type Translated = { nl: string; en: string };

/** The text in the reader's language. */
export function useLocalName() {
  const { i18n } = useTranslation();
  return (value: Translated) => (i18n.language === 'en' ? value.en : value.nl);
}

export const skillsKeys = {
  all: ['skills'] as const,
  framework: ['skills', 'framework'] as const,
  map: (personId: string) => ['skills', 'map', personId] as const,
  roles: ['skills', 'roles'] as const,
  requests: (box: string) => ['skills', 'requests', box] as const,
};

export function useFramework() {
  return useQuery({
    queryKey: skillsKeys.framework,
    queryFn: () => unwrap(api.GET('/api/v1/skills/framework', { params: { query: {} } })),
  });
}

export function useJobRoles() {
  return useQuery({ queryKey: skillsKeys.roles, queryFn: () => unwrap(api.GET('/api/v1/job-roles')) });
}

export function useSkillsMap(personId: string) {
  return useQuery({
    queryKey: skillsKeys.map(personId),
    queryFn: () => unwrap(api.GET('/api/v1/skills/people/{id}', { params: { path: { id: personId } } })),
  });
}

export function useRatingRequests(box: 'incoming' | 'outgoing', status: 'open' | 'all' = 'open') {
  return useQuery({
    queryKey: [...skillsKeys.requests(box), status],
    queryFn: () => unwrap(api.GET('/api/v1/skills/rating-requests', { params: { query: { box, status } } })),
  });
}

/** After any change in skills, refetch what shows skills (cheap: these are small queries). */
export function useSkillsMutation<TVariables, TResult>(call: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: skillsKeys.all }),
  });
}

export const levelTone = (level: number | null | undefined, target?: number | null) => {
  if (level === null || level === undefined) return 'bg-slate-50 text-slate-600';
  if (target && level < target)
    return level <= target - 2 ? 'bg-red-100 text-red-900' : 'bg-amber-100 text-amber-900';
  return [
    'bg-teal-50',
    'bg-teal-100',
    'bg-teal-200',
    'bg-teal-300',
    // White on these two keeps the 4.5:1 contrast small text needs.
    'bg-teal-700 text-white',
    'bg-teal-900 text-white',
  ][Math.min(level, 5)]!;
};
