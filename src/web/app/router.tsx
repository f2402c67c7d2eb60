import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Loading, NotFound } from '../components/states.tsx';
import { ChoosePasswordPage } from '../features/auth/choose-password-page.tsx';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page.tsx';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { createDirectionRoutes } from '../features/direction/routes.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { catalogueSearch } from '../features/learning/index.ts';
import { orgChartSearch } from '../features/org/index.ts';
import { peopleSearch } from '../features/people/people-search.ts';
import { RequirePermission, SignedInLayout, SignedOutOnly } from './guards.tsx';
import {
  ApiTokensPage,
  ApprovalsPage,
  AuditPage,
  BudgetPage,
  BudgetsAdminPage,
  CareerPage,
  CatalogueAdminPage,
  CataloguePage,
  ConversationPage,
  ConversationsPage,
  ConversationTemplatesPage,
  CourseEditorPage,
  CoursePage,
  CycleBoardPage,
  CyclesPage,
  FrameworkPage,
  ImportWizardPage,
  ItemEditorPage,
  ItemPage,
  JobRolesPage,
  MentorsPage,
  MyLearningPage,
  MyPlanPage,
  NewPersonPage,
  OrganisationGapsPage,
  OrgChartPage,
  OutboxPage,
  PathEditorPage,
  PathPage,
  PeopleListPage,
  PersonPage,
  PlanPage,
  PlansOverviewPage,
  ProfilePage,
  RatingRequestsPage,
  SettingsPage,
  SkillsMapPage,
  TeamDevelopmentPage,
  TeamLearningPage,
  TeamMatrixPage,
  TeamPage,
  VerifyCertificatePage,
} from './pages.ts';
import type { Permission } from './session.tsx';

const stringParam = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

const rootRoute = createRootRoute({
  component: Outlet,
  notFoundComponent: NotFound,
});

// Signed-out pages: what the e-mails link to must keep these paths.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; email?: string } => ({
    redirect: stringParam(search.redirect),
    email: stringParam(search.email),
  }),
  component: () => (
    <SignedOutOnly>
      <SignInPage />
    </SignedOutOnly>
  ),
});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: ForgotPasswordPage,
});
const tokenSearch = (search: Record<string, unknown>): { token?: string } => ({
  token: stringParam(search.token),
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: tokenSearch,
  component: function ResetPassword() {
    const { token } = resetPasswordRoute.useSearch();
    return <ChoosePasswordPage purpose="reset" token={token} />;
  },
});
const welcomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'welcome',
  validateSearch: tokenSearch,
  component: function Welcome() {
    const { token } = welcomeRoute.useSearch();
    return <ChoosePasswordPage purpose="welcome" token={token} />;
  },
});

const appRoute = createRoute({ getParentRoute: () => rootRoute, id: '_app', component: SignedInLayout });
const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const profileRoute = createRoute({ getParentRoute: () => appRoute, path: 'profile', component: ProfilePage });
const teamRoute = createRoute({ getParentRoute: () => appRoute, path: 'team', component: TeamPage });
const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'people',
  validateSearch: peopleSearch,
  component: PeopleListPage,
});
const newPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'people/new',
  component: () => (
    <RequirePermission permission="people.manage">
      <NewPersonPage />
    </RequirePermission>
  ),
});
const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'people/$personId',
  component: PersonPage,
});
const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'organisation',
  validateSearch: orgChartSearch,
  component: OrgChartPage,
});
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/import',
  component: () => (
    <RequirePermission permission="people.manage">
      <ImportWizardPage />
    </RequirePermission>
  ),
});
const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/outbox',
  component: () => (
    <RequirePermission permission="outbox.read">
      <OutboxPage />
    </RequirePermission>
  ),
});
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/audit',
  component: () => (
    <RequirePermission permission="audit.read">
      <AuditPage />
    </RequirePermission>
  ),
});
const apiTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/api-tokens',
  component: () => (
    <RequirePermission permission="api_tokens.manage">
      <ApiTokensPage />
    </RequirePermission>
  ),
});
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/settings',
  component: () => (
    <RequirePermission permission="organisation.manage">
      <SettingsPage />
    </RequirePermission>
  ),
});

const skillsRoute = <TPath extends string>(
  path: TPath,
  component: () => ReactNode,
  permission: Permission = 'skills.read',
) =>
  createRoute({
    getParentRoute: () => appRoute,
    path,
    component: () => <RequirePermission permission={permission}>{component()}</RequirePermission>,
  });
const skillPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'skills/people/$personId',
  component: function SkillPerson() {
    const { personId } = skillPersonRoute.useParams();
    return <SkillsMapPage personId={personId} />;
  },
});
const skillsRoutes = [
  skillsRoute('skills', () => <SkillsMapPage />),
  skillsRoute('skills/career', () => <CareerPage />),
  skillsRoute('skills/requests', () => <RatingRequestsPage />),
  skillsRoute('skills/mentors', () => <MentorsPage />),
  skillsRoute('skills/team', () => <TeamMatrixPage />),
  skillsRoute('skills/organisation', () => <OrganisationGapsPage />, 'skills.insight'),
  skillsRoute('skills/framework', () => <FrameworkPage />, 'skills.manage'),
  skillsRoute('skills/roles', () => <JobRolesPage />, 'skills.manage'),
  skillPersonRoute,
];

// ---- development (plans, budgets, conversations) ----
const myPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/plan',
  component: MyPlanPage,
});
const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/plans/$planId',
  component: function Plan() {
    const { planId } = planRoute.useParams();
    return <PlanPage planId={planId} />;
  },
});
const budgetRoute = createRoute({
  getParentRoute: () => appRoute,
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
const approvalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/approvals',
  component: ApprovalsPage,
});
const teamDevelopmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/team',
  component: TeamDevelopmentPage,
});
const conversationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/conversations',
  component: ConversationsPage,
});
const conversationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/conversations/$conversationId',
  component: function Conversation() {
    const { conversationId } = conversationRoute.useParams();
    return <ConversationPage conversationId={conversationId} />;
  },
});
const cyclesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/cycles',
  component: () => (
    <RequirePermission permission="development.manage">
      <CyclesPage />
    </RequirePermission>
  ),
});
const conversationTemplatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/templates',
  component: () => (
    <RequirePermission permission="development.manage">
      <ConversationTemplatesPage />
    </RequirePermission>
  ),
});
const cycleBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/cycles/$cycleId',
  component: function CycleBoard() {
    const { cycleId } = cycleBoardRoute.useParams();
    return (
      <RequirePermission permission="development.manage">
        <CycleBoardPage cycleId={cycleId} />
      </RequirePermission>
    );
  },
});
const plansOverviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/plans',
  component: () => (
    <RequirePermission permission="development.manage">
      <PlansOverviewPage />
    </RequirePermission>
  ),
});
const budgetsAdminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'development/budgets',
  component: () => (
    <RequirePermission permission="development.manage">
      <BudgetsAdminPage />
    </RequirePermission>
  ),
});

// ---- catalogue and learning ----
const verifyCertificateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'certificates/verify/$code',
  component: VerifyCertificatePage,
});
const myLearningRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'learning',
  component: MyLearningPage,
});
const catalogueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'learning/catalogue',
  validateSearch: catalogueSearch,
  component: CataloguePage,
});
const learningItemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'learning/items/$id',
  component: ItemPage,
});
const learningCourseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'learning/courses/$id',
  component: CoursePage,
});
const learningPathRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'learning/paths/$id',
  component: PathPage,
});
const teamLearningRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'team/learning',
  component: TeamLearningPage,
});
const requireCatalogueManage = (page: () => ReactNode) => () => (
  <RequirePermission permission="catalogue.manage">{page()}</RequirePermission>
);
const catalogueAdminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/catalogue',
  component: requireCatalogueManage(() => <CatalogueAdminPage />),
});
const newItemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/catalogue/items/new',
  validateSearch: (search: Record<string, unknown>): { kind?: string } => ({
    kind: stringParam(search.kind),
  }),
  component: requireCatalogueManage(() => <ItemEditorPage />),
});
const editItemRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/catalogue/items/$id',
  component: requireCatalogueManage(() => <ItemEditorPage />),
});
const newCourseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/catalogue/courses/new',
  component: requireCatalogueManage(() => <CourseEditorPage />),
});
const editCourseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/catalogue/courses/$id',
  component: requireCatalogueManage(() => <CourseEditorPage />),
});
const newPathRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/catalogue/paths/new',
  component: requireCatalogueManage(() => <PathEditorPage />),
});
const editPathRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/catalogue/paths/$id',
  component: requireCatalogueManage(() => <PathEditorPage />),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  welcomeRoute,
  verifyCertificateRoute,
  appRoute.addChildren([
    homeRoute,
    profileRoute,
    teamRoute,
    peopleRoute,
    newPersonRoute,
    personRoute,
    organisationRoute,
    importRoute,
    outboxRoute,
    auditRoute,
    apiTokensRoute,
    settingsRoute,
    ...skillsRoutes,
    ...createDirectionRoutes(appRoute),
    myPlanRoute,
    planRoute,
    budgetRoute,
    approvalsRoute,
    teamDevelopmentRoute,
    conversationsRoute,
    conversationRoute,
    cyclesRoute,
    conversationTemplatesRoute,
    cycleBoardRoute,
    budgetsAdminRoute,
    myLearningRoute,
    catalogueRoute,
    learningItemRoute,
    learningCourseRoute,
    learningPathRoute,
    teamLearningRoute,
    catalogueAdminRoute,
    newItemRoute,
    editItemRoute,
    newCourseRoute,
    editCourseRoute,
    newPathRoute,
    editPathRoute,
    plansOverviewRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  defaultPendingComponent: Loading,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
