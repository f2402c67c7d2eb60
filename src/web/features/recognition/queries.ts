import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';

export type Celebration = Schemas['Celebration'];
export type Profile = Schemas['RecognitionProfile'];
export type Badge = Schemas['Badge'];
export type Challenge = Schemas['Challenge'];
export type IndividualBoard = Schemas['IndividualLeaderboard'];
export type BadgeHolder = Schemas['BadgeHolder'];

export const recognitionKeys = {
  all: ['recognition'] as const,
  me: ['recognition', 'me'] as const,
  person: (id: string) => ['recognition', 'person', id] as const,
  shared: ['recognition', 'celebrations', 'shared'] as const,
  mine: ['recognition', 'celebrations', 'mine'] as const,
  team: ['recognition', 'celebrations', 'team'] as const,
  leaderboard: ['recognition', 'leaderboard'] as const,
  badges: ['recognition', 'badges'] as const,
  holders: (id: string) => ['recognition', 'badges', id, 'holders'] as const,
  challenges: ['recognition', 'challenges'] as const,
  challenge: (id: string) => ['recognition', 'challenges', id] as const,
  challengePeople: (id: string) => ['recognition', 'challenges', id, 'people'] as const,
  settings: ['recognition', 'settings'] as const,
  values: ['recognition', 'values'] as const,
};

export const myRecognitionQuery = () =>
  queryOptions({ queryKey: recognitionKeys.me, queryFn: () => unwrap(api.GET('/api/v1/recognition/me')) });
export const personRecognitionQuery = (id: string) =>
  queryOptions({
    queryKey: recognitionKeys.person(id),
    queryFn: () => unwrap(api.GET('/api/v1/recognition/people/{id}', { params: { path: { id } } })),
  });
export const sharedCelebrationsQuery = () =>
  queryOptions({ queryKey: recognitionKeys.shared, queryFn: () => unwrap(api.GET('/api/v1/celebrations')) });
export const myCelebrationsQuery = () =>
  queryOptions({
    queryKey: recognitionKeys.mine,
    queryFn: () => unwrap(api.GET('/api/v1/celebrations/mine')),
  });
export const teamCelebrationsQuery = () =>
  queryOptions({
    queryKey: recognitionKeys.team,
    queryFn: () => unwrap(api.GET('/api/v1/celebrations/team')),
  });
export const leaderboardQuery = () =>
  queryOptions({
    queryKey: recognitionKeys.leaderboard,
    queryFn: () => unwrap(api.GET('/api/v1/recognition/leaderboard')),
  });
export const badgesQuery = () =>
  queryOptions({ queryKey: recognitionKeys.badges, queryFn: () => unwrap(api.GET('/api/v1/badges')) });
export const badgeHoldersQuery = (id: string) =>
  queryOptions({
    queryKey: recognitionKeys.holders(id),
    queryFn: () => unwrap(api.GET('/api/v1/badges/{id}/awards', { params: { path: { id } } })),
  });
export const challengesQuery = () =>
  queryOptions({
    queryKey: recognitionKeys.challenges,
    queryFn: () => unwrap(api.GET('/api/v1/challenges')),
  });
export const challengeQuery = (id: string) =>
  queryOptions({
    queryKey: recognitionKeys.challenge(id),
    queryFn: () => unwrap(api.GET('/api/v1/challenges/{id}', { params: { path: { id } } })),
    // Live progress: look again every half minute while the page is open.
    refetchInterval: 30_000,
  });
export const challengePeopleQuery = (id: string) =>
  queryOptions({
    queryKey: recognitionKeys.challengePeople(id),
    queryFn: () => unwrap(api.GET('/api/v1/challenges/{id}/people', { params: { path: { id } } })),
  });
export const settingsQuery = () =>
  queryOptions({
    queryKey: recognitionKeys.settings,
    queryFn: () => unwrap(api.GET('/api/v1/recognition/settings')),
  });
export const valuesQuery = () =>
  queryOptions({
    queryKey: recognitionKeys.values,
    queryFn: () => unwrap(api.GET('/api/v1/direction/values')),
  });

function useRecognitionChange<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recognitionKeys.all }),
  });
}

export const useGiveKudos = () =>
  useRecognitionChange(
    (body: { receiverId: string; message: string; valueId?: string | null; celebrationId?: string | null }) =>
      unwrap(api.POST('/api/v1/kudos', { body })),
  );

export const useShareCelebration = () =>
  useRecognitionChange((input: { id: string; shared: boolean }) =>
    unwrap(
      api.POST('/api/v1/celebrations/{id}/share', {
        params: { path: { id: input.id } },
        body: { shared: input.shared },
      }),
    ),
  );

export const useSetPreferences = () =>
  useRecognitionChange((body: Partial<Schemas['RecognitionPreferences']>) =>
    unwrap(api.PATCH('/api/v1/recognition/me/preferences', { body })),
  );

export const useSetSettings = () =>
  useRecognitionChange((body: { leaderboardsEnabled: boolean }) =>
    unwrap(api.PUT('/api/v1/recognition/settings', { body })),
  );

export async function uploadImage(file: File) {
  const form = new FormData();
  form.append('file', file);
  return unwrap(api.POST('/api/v1/files', { params: { query: { purpose: 'image' } }, body: form as never }));
}

export const useCreateBadge = () =>
  useRecognitionChange(
    async (input: {
      name: string;
      description: string;
      criteriaNarrative: string;
      criteriaKind: Badge['criteriaKind'];
      criteriaSubjectId: string | null;
      criteriaCount: number;
      image: File | null;
    }) => {
      const { image, ...body } = input;
      const imageFileId = image ? (await uploadImage(image)).id : null;
      return unwrap(api.POST('/api/v1/badges', { body: { ...body, imageFileId } }));
    },
  );

export const useAwardBadge = () =>
  useRecognitionChange((input: { badgeId: string; personId: string; reason: string }) =>
    unwrap(
      api.POST('/api/v1/badges/{id}/awards', {
        params: { path: { id: input.badgeId } },
        body: { personId: input.personId, reason: input.reason },
      }),
    ),
  );

export const useRevokeAward = () =>
  useRecognitionChange((input: { awardId: string; reason: string }) =>
    unwrap(
      api.POST('/api/v1/badge-awards/{id}/revocation', {
        params: { path: { id: input.awardId } },
        body: { reason: input.reason },
      }),
    ),
  );

export const useCreateChallenge = () =>
  useRecognitionChange(
    (body: {
      title: string;
      description: string;
      metric: Challenge['metric'];
      contentId: string | null;
      goal: number;
      startsOn: string;
      endsOn: string;
      teamIds: string[];
    }) => unwrap(api.POST('/api/v1/challenges', { body })),
  );
