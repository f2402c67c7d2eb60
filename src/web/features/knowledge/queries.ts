import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.gen.ts';

export type Space = Schemas['KnowledgeSpace'];
export type PostSummary = Schemas['KnowledgePostSummary'];
export type Post = Schemas['KnowledgePost'];
export type TeamMoment = Schemas['TeamMoment'];
export type TeamMomentQuestion = Schemas['TeamMomentQuestion'];
/** The kinds of post, in the order the screens offer them. */
export const postKinds = ['tip', 'question', 'resource', 'learned'] as const;

export type PostFilter = {
  spaceId?: string;
  kind?: 'tip' | 'question' | 'resource' | 'learned';
  q?: string;
  skillId?: string;
  itemId?: string;
  saved?: 'true';
  page?: number;
};

export const knowledgeKeys = {
  all: ['knowledge'] as const,
  spaces: ['knowledge', 'spaces'] as const,
  posts: (filter: PostFilter) => ['knowledge', 'posts', filter] as const,
  post: (id: string) => ['knowledge', 'post', id] as const,
  feed: ['knowledge', 'feed'] as const,
  reports: ['knowledge', 'reports'] as const,
  teamMoment: ['knowledge', 'team-moment'] as const,
  myQuestions: ['knowledge', 'team-questions'] as const,
};

export const spacesQuery = () =>
  queryOptions({
    queryKey: knowledgeKeys.spaces,
    queryFn: () => unwrap(api.GET('/api/v1/knowledge/spaces')),
  });
export const postsQuery = (filter: PostFilter) =>
  queryOptions({
    queryKey: knowledgeKeys.posts(filter),
    queryFn: () => unwrap(api.GET('/api/v1/knowledge/posts', { params: { query: filter } })),
  });
export const postQuery = (id: string) =>
  queryOptions({
    queryKey: knowledgeKeys.post(id),
    queryFn: () => unwrap(api.GET('/api/v1/knowledge/posts/{id}', { params: { path: { id } } })),
  });
export const feedQuery = () =>
  queryOptions({ queryKey: knowledgeKeys.feed, queryFn: () => unwrap(api.GET('/api/v1/knowledge/feed')) });
export const reportsQuery = () =>
  queryOptions({
    queryKey: knowledgeKeys.reports,
    queryFn: () => unwrap(api.GET('/api/v1/knowledge/reports')),
  });
export const teamMomentQuery = () =>
  queryOptions({
    queryKey: knowledgeKeys.teamMoment,
    queryFn: () => unwrap(api.GET('/api/v1/team-moment')),
    retry: false,
  });
export const myQuestionsQuery = () =>
  queryOptions({
    queryKey: knowledgeKeys.myQuestions,
    queryFn: () => unwrap(api.GET('/api/v1/team-moment/questions/mine')),
  });

function useKnowledgeMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.all }),
  });
}

export type NewPost = paths['/api/v1/knowledge/posts']['post']['requestBody']['content']['application/json'];

export const useCreatePost = () =>
  useKnowledgeMutation((body: NewPost) => unwrap(api.POST('/api/v1/knowledge/posts', { body })));
export const useCreateSpace = () =>
  useKnowledgeMutation((body: { name: string; description?: string }) =>
    unwrap(api.POST('/api/v1/knowledge/spaces', { body })),
  );
export const useComment = (id: string) =>
  useKnowledgeMutation((body: { bodyHtml: string; mentionIds: string[] }) =>
    unwrap(api.POST('/api/v1/knowledge/posts/{id}/comments', { params: { path: { id } }, body })),
  );
export const useBestAnswer = (id: string) =>
  useKnowledgeMutation((commentId: string | null) =>
    unwrap(
      api.POST('/api/v1/knowledge/posts/{id}/best-answer', { params: { path: { id } }, body: { commentId } }),
    ),
  );
export const useReact = (id: string) =>
  useKnowledgeMutation((body: { reaction: 'like' | 'thanks' | 'insightful'; isOn: boolean }) =>
    unwrap(api.POST('/api/v1/knowledge/posts/{id}/reactions', { params: { path: { id } }, body })),
  );
export const useSave = (id: string) =>
  useKnowledgeMutation((isSaved: boolean) =>
    unwrap(api.POST('/api/v1/knowledge/posts/{id}/save', { params: { path: { id } }, body: { isSaved } })),
  );
export const useReport = (id: string) =>
  useKnowledgeMutation((reason: string) =>
    unwrap(api.POST('/api/v1/knowledge/posts/{id}/report', { params: { path: { id } }, body: { reason } })),
  );
export const useModerate = (id: string) =>
  useKnowledgeMutation(({ hide, reason }: { hide: boolean; reason: string }) =>
    hide
      ? unwrap(api.POST('/api/v1/knowledge/posts/{id}/hide', { params: { path: { id } }, body: { reason } }))
      : unwrap(
          api.POST('/api/v1/knowledge/posts/{id}/restore', { params: { path: { id } }, body: { reason } }),
        ),
  );
export const useDeletePost = (id: string) =>
  useKnowledgeMutation(() =>
    unwrap(api.DELETE('/api/v1/knowledge/posts/{id}', { params: { path: { id } } })),
  );
export const useAskTeam = () =>
  useKnowledgeMutation((question: string | undefined) =>
    unwrap(api.POST('/api/v1/team-moment/questions', { body: question ? { question } : {} })),
  );
export const useAnswerQuestion = (id: string) =>
  useKnowledgeMutation((answer: string) =>
    unwrap(
      api.POST('/api/v1/team-moment/questions/{id}/answer', { params: { path: { id } }, body: { answer } }),
    ),
  );

/** Uploads a file for a resource post through the files module's checks (openapi-fetch adds the CSRF header). */
export function uploadResourceFile(file: File) {
  const form = new FormData();
  form.append('file', file);
  const purpose = file.type.startsWith('image/') ? 'image' : 'document';
  return unwrap(api.POST('/api/v1/knowledge/files', { params: { query: { purpose } }, body: form as never }));
}

// ---- ambassadors and collections

export type Ambassador = Schemas['AmbassadorSummary'];
export type AmbassadorProfile = Schemas['AmbassadorProfile'];
export type Collection = Schemas['KnowledgeCollection'];
export type CollectionSummary = Schemas['KnowledgeCollectionSummary'];
export type Reach = Schemas['AmbassadorReach'];
export type CollectionInput =
  paths['/api/v1/knowledge/collections']['post']['requestBody']['content']['application/json'];

export const ambassadorKeys = {
  list: (q?: string) => ['knowledge', 'ambassadors', q ?? ''] as const,
  one: (id: string) => ['knowledge', 'ambassador', id] as const,
  reach: (id: string) => ['knowledge', 'ambassador', id, 'reach'] as const,
  collection: (id: string) => ['knowledge', 'collection', id] as const,
};

export const ambassadorsQuery = (q?: string) =>
  queryOptions({
    queryKey: ambassadorKeys.list(q),
    queryFn: () => unwrap(api.GET('/api/v1/ambassadors', { params: { query: { q } } })),
  });
export const ambassadorQuery = (id: string) =>
  queryOptions({
    queryKey: ambassadorKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/ambassadors/{id}', { params: { path: { id } } })),
  });
export const reachQuery = (id: string) =>
  queryOptions({
    queryKey: ambassadorKeys.reach(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/ambassadors/{id}/reach', { params: { path: { id }, query: { days: 90 } } })),
  });
export const collectionQuery = (id: string) =>
  queryOptions({
    queryKey: ambassadorKeys.collection(id),
    queryFn: () => unwrap(api.GET('/api/v1/knowledge/collections/{id}', { params: { path: { id } } })),
  });

export const useSaveProfile = (id: string) =>
  useKnowledgeMutation((body: { headline: string; helpsWith: string; skillIds: string[] }) =>
    unwrap(api.PUT('/api/v1/ambassadors/{id}', { params: { path: { id } }, body })),
  );
export const useCreateCollection = () =>
  useKnowledgeMutation((body: CollectionInput) =>
    unwrap(api.POST('/api/v1/knowledge/collections', { body })),
  );
export const useDeleteCollection = (id: string) =>
  useKnowledgeMutation(() =>
    unwrap(api.DELETE('/api/v1/knowledge/collections/{id}', { params: { path: { id } } })),
  );
