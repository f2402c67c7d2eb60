import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type OrganisationGoal = Schemas['OrganisationGoal'];
export type TeamGoal = Schemas['TeamGoal'];
export type Consultation = Schemas['Consultation'];
export type Announcement = Schemas['Announcement'];
export type FeedAnnouncement = Schemas['FeedAnnouncement'];

export const directionKeys = {
  whyAndWhat: ['direction', 'why-and-what'] as const,
  direction: ['direction'] as const,
  tree: ['goals', 'tree'] as const,
  consultations: ['consultations'] as const,
  consultation: (id: string) => ['consultations', id] as const,
  announcements: ['announcements'] as const,
  announcement: (id: string) => ['announcements', id] as const,
  reach: (id: string) => ['announcements', id, 'reach'] as const,
  feed: ['announcements', 'feed'] as const,
  languages: ['announcements', 'languages'] as const,
  notifications: ['notifications'] as const,
};

export const useWhyAndWhat = () =>
  useQuery({
    queryKey: directionKeys.whyAndWhat,
    queryFn: () => unwrap(api.GET('/api/v1/direction/why-and-what')),
  });
export const useDirection = () =>
  useQuery({ queryKey: directionKeys.direction, queryFn: () => unwrap(api.GET('/api/v1/direction')) });
export const useGoalTree = () =>
  useQuery({ queryKey: directionKeys.tree, queryFn: () => unwrap(api.GET('/api/v1/goals/tree')) });
export const useConsultations = () =>
  useQuery({
    queryKey: directionKeys.consultations,
    queryFn: () => unwrap(api.GET('/api/v1/consultations')),
  });
export const useConsultation = (id: string) =>
  useQuery({
    queryKey: directionKeys.consultation(id),
    queryFn: () => unwrap(api.GET('/api/v1/consultations/{id}', { params: { path: { id } } })),
  });
export const useAnnouncements = () =>
  useQuery({
    queryKey: directionKeys.announcements,
    queryFn: () => unwrap(api.GET('/api/v1/announcements')),
  });
export const useAnnouncement = (id: string) =>
  useQuery({
    queryKey: directionKeys.announcement(id),
    queryFn: () => unwrap(api.GET('/api/v1/announcements/{id}', { params: { path: { id } } })),
  });
export const useReach = (id: string, isEnabled: boolean) =>
  useQuery({
    queryKey: directionKeys.reach(id),
    enabled: isEnabled,
    queryFn: () => unwrap(api.GET('/api/v1/announcements/{id}/reach', { params: { path: { id } } })),
  });
export const useFeed = () =>
  useQuery({ queryKey: directionKeys.feed, queryFn: () => unwrap(api.GET('/api/v1/announcements/feed')) });
export const useNotifications = () =>
  useQuery({
    queryKey: directionKeys.notifications,
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 20 } } })),
    refetchInterval: 60_000,
  });

/** My own unit (from the home data), for team goals. */
export function useMyUnit() {
  const home = useQuery({ queryKey: ['home'], queryFn: () => unwrap(api.GET('/api/v1/home')) });
  return home.data?.me.orgUnit ?? null;
}

/** The organisation's content languages an announcement may be written in beside nl/en. */
export const useAnnouncementLanguages = () =>
  useQuery({
    queryKey: directionKeys.languages,
    queryFn: () => unwrap(api.GET('/api/v1/announcements/languages')),
  });
