import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { stringParam } from '../../lib/search-params.ts';

const page = (
  name:
    | 'KnowledgePage'
    | 'SpacePage'
    | 'PostPage'
    | 'NewPostPage'
    | 'ReportsPage'
    | 'TeamQuestionPage'
    | 'TeamMomentPage',
) => lazyRouteComponent(() => import('./pages.tsx'), name);

const ambassadorPage = (name: 'AmbassadorsPage' | 'AmbassadorPage' | 'CollectionPage') =>
  lazyRouteComponent(() => import('./ambassadors.tsx'), name);

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
      component: page('KnowledgePage'),
    }),
    createRoute({ getParentRoute, path: 'knowledge/spaces/$id', component: page('SpacePage') }),
    createRoute({ getParentRoute, path: 'knowledge/posts/$id', component: page('PostPage') }),
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
      component: page('NewPostPage'),
    }),
    createRoute({ getParentRoute, path: 'knowledge/reports', component: page('ReportsPage') }),
    createRoute({
      getParentRoute,
      path: 'knowledge/ambassadors',
      validateSearch: (search: Record<string, unknown>): { q?: string } => ({ q: stringParam(search.q) }),
      component: ambassadorPage('AmbassadorsPage'),
    }),
    createRoute({
      getParentRoute,
      path: 'knowledge/ambassadors/$id',
      component: ambassadorPage('AmbassadorPage'),
    }),
    createRoute({
      getParentRoute,
      path: 'knowledge/collections/$id',
      component: ambassadorPage('CollectionPage'),
    }),
    createRoute({ getParentRoute, path: 'knowledge/team-question', component: page('TeamQuestionPage') }),
    createRoute({ getParentRoute, path: 'team/moment', component: page('TeamMomentPage') }),
  ] as const;
}
