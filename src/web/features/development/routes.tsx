import { type AnyRoute, createRoute, getRouteApi, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';
import { stringParam } from '../../lib/search-params.ts';

const ApprovalsPage = lazyRouteComponent(() => import('./approvals-page.tsx'), 'ApprovalsPage');
const BudgetPage = lazyRouteComponent(() => import('./budget-page.tsx'), 'BudgetPage');
const BudgetsAdminPage = lazyRouteComponent(() => import('./budgets-admin-page.tsx'), 'BudgetsAdminPage');
const ConversationPage = lazyRouteComponent(() => import('./conversation-page.tsx'), 'ConversationPage');
const ConversationsPage = lazyRouteComponent(() => import('./conversations-page.tsx'), 'ConversationsPage');
const ConversationTemplatesPage = lazyRouteComponent(() => import('./templates-page.tsx'), 'TemplatesPage');
const CycleBoardPage = lazyRouteComponent(() => import('./cycles-page.tsx'), 'CycleBoardPage');
const CyclesPage = lazyRouteComponent(() => import('./cycles-page.tsx'), 'CyclesPage');
const MyPlanPage = lazyRouteComponent(() => import('./my-plan-page.tsx'), 'MyPlanPage');
const PlanPage = lazyRouteComponent(() => import('./plan-page.tsx'), 'PlanPage');
const PlansOverviewPage = lazyRouteComponent(() => import('./plans-overview-page.tsx'), 'PlansOverviewPage');
const TeamDevelopmentPage = lazyRouteComponent(
  () => import('./team-development-page.tsx'),
  'TeamDevelopmentPage',
);

/** The development pages (plans, budgets, conversations), hung under the signed-in layout by the router. */
export function createDevelopmentRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  const planRoute = createRoute({
    getParentRoute,
    path: 'development/plans/$planId',
    component: function Plan() {
      const { planId } = getRouteApi('/_app/development/plans/$planId').useParams();
      return <PlanPage planId={planId} />;
    },
  });
  const budgetRoute = createRoute({
    getParentRoute,
    path: 'development/budget',
    validateSearch: (
      search: Record<string, unknown>,
    ): { goalId?: string; actionId?: string; title?: string } => ({
      goalId: stringParam(search.goalId),
      actionId: stringParam(search.actionId),
      title: stringParam(search.title),
    }),
    component: function Budget() {
      return <BudgetPage initial={budgetRoute.useSearch()} />;
    },
  });
  const conversationRoute = createRoute({
    getParentRoute,
    path: 'development/conversations/$conversationId',
    component: function Conversation() {
      const { conversationId } = getRouteApi('/_app/development/conversations/$conversationId').useParams();
      return <ConversationPage conversationId={conversationId} />;
    },
  });
  const cycleBoardRoute = createRoute({
    getParentRoute,
    path: 'development/cycles/$cycleId',
    component: function CycleBoard() {
      const { cycleId } = getRouteApi('/_app/development/cycles/$cycleId').useParams();
      return (
        <RequirePermission permission="development.manage">
          <CycleBoardPage cycleId={cycleId} />
        </RequirePermission>
      );
    },
  });
  return [
    createRoute({ getParentRoute, path: 'development/plan', component: MyPlanPage }),
    planRoute,
    budgetRoute,
    createRoute({ getParentRoute, path: 'development/approvals', component: ApprovalsPage }),
    createRoute({ getParentRoute, path: 'development/team', component: TeamDevelopmentPage }),
    createRoute({ getParentRoute, path: 'development/conversations', component: ConversationsPage }),
    conversationRoute,
    createRoute({
      getParentRoute,
      path: 'development/cycles',
      component: () => (
        <RequirePermission permission="development.manage">
          <CyclesPage />
        </RequirePermission>
      ),
    }),
    createRoute({
      getParentRoute,
      path: 'development/templates',
      component: () => (
        <RequirePermission permission="development.manage">
          <ConversationTemplatesPage />
        </RequirePermission>
      ),
    }),
    cycleBoardRoute,
    createRoute({
      getParentRoute,
      path: 'development/budgets',
      component: () => (
        <RequirePermission permission="development.manage">
          <BudgetsAdminPage />
        </RequirePermission>
      ),
    }),
    createRoute({
      getParentRoute,
      path: 'development/plans',
      component: () => (
        <RequirePermission permission="development.manage">
          <PlansOverviewPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
