import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { stringParam } from '../../lib/search-params.ts';

const knowledgePage = (name: 'KnowledgePage' | 'SpacePage') =>
  lazyRouteComponent(() => import('./knowledge-page.tsx'), name);
const teamPage = (name: 'TeamQuestionPage' | 'TeamMomentPage') =>
  lazyRouteComponent(() => import('./team-moment-pages.tsx'), name);
const PostPage = lazyRouteComponent(() => import('./post-page.tsx'), 'PostPage');
const NewPostPage = lazyRouteComponent(() => import('./new-post-page.tsx'), 'NewPostPage');
const ReportsPage = lazyRouteComponent(() => import('./moderation.tsx'), 'ReportsPage');
const AmbassadorsPage = lazyRouteComponent(() => import('./ambassadors-page.tsx'), 'AmbassadorsPage');
const AmbassadorPage = lazyRouteComponent(() => import('./ambassador-page.tsx'), 'AmbassadorPage');
const CollectionPage = lazyRouteComponent(() => import('./collection-page.tsx'), 'CollectionPage');

const learningKinds = ['content', 'course', 'path'] as const;
const postKinds = ['tip', 'question', 'resource', 'learned'] as const;
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

/** The knowledge space (feed, spaces, posts, writing, moderation), ambassadors and the team moment. */
export function createKnowledgeRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: 'knowledge',
      validateSearch: (
        search: Record<string, unknown>,
      ): { q?: string; kind?: (typeof postKinds)[number]; saved?: 'true' } => ({
        q: stringParam(search.q),
        kind: oneOf(postKinds, search.kind),
        saved: search.saved === 'true' ? ('true' as const) : undefined,
      }),
      component: knowledgePage('KnowledgePage'),
    }),
    createRoute({ getParentRoute, path: 'knowledge/spaces/$id', component: knowledgePage('SpacePage') }),
    createRoute({ getParentRoute, path: 'knowledge/posts/$id', component: PostPage }),
    createRoute({
      getParentRoute,
      path: 'knowledge/new',
      validateSearch: (
        search: Record<string, unknown>,
      ): {
        spaceId?: string;
        kind?: (typeof postKinds)[number];
        learnedKind?: (typeof learningKinds)[number];
        learnedId?: string;
        learnedTitle?: string;
      } => ({
        spaceId: stringParam(search.spaceId),
        kind: oneOf(postKinds, search.kind),
        learnedKind: oneOf(learningKinds, search.learnedKind),
        learnedId: stringParam(search.learnedId),
        learnedTitle: stringParam(search.learnedTitle),
      }),
      component: NewPostPage,
    }),
    createRoute({ getParentRoute, path: 'knowledge/reports', component: ReportsPage }),
    createRoute({
      getParentRoute,
      path: 'knowledge/ambassadors',
      validateSearch: (search: Record<string, unknown>): { q?: string } => ({ q: stringParam(search.q) }),
      component: AmbassadorsPage,
    }),
    createRoute({
      getParentRoute,
      path: 'knowledge/ambassadors/$id',
      component: AmbassadorPage,
    }),
    createRoute({
      getParentRoute,
      path: 'knowledge/collections/$id',
      component: CollectionPage,
    }),
    createRoute({ getParentRoute, path: 'knowledge/team-question', component: teamPage('TeamQuestionPage') }),
    createRoute({ getParentRoute, path: 'team/moment', component: teamPage('TeamMomentPage') }),
  ] as const;
}
