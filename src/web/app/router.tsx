import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Navigate,
  Outlet,
  useLocation,
  useNavigate,
  useSearch,
} from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { Loading, NoAccess, NotFound, QueryError } from '../components/states.tsx';
import { ChoosePasswordPage } from '../features/auth/choose-password-page.tsx';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page.tsx';
import { SignInPage, safeRedirect } from '../features/auth/sign-in-page.tsx';
import { createDirectionRoutes } from '../features/direction/routes.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { catalogueSearch } from '../features/learning/index.ts';
import { orgChartSearch } from '../features/org/index.ts';
import { peopleSearch } from '../features/people/people-search.ts';
import { AppShell } from '../layout/app-shell.tsx';
import { can, MeProvider, type Permission, useMe, useMeQuery } from './session.tsx';

// Pages load on first visit, so the first screen does not wait for every feature's code.
const ApiTokensPage = lazyRouteComponent(
  () => import('../features/admin/api-tokens-page.tsx'),
  'ApiTokensPage',
);
const ApprovalsPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'ApprovalsPage');
const AuditPage = lazyRouteComponent(() => import('../features/admin/audit-page.tsx'), 'AuditPage');
const BudgetPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'BudgetPage');
const BudgetsAdminPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'BudgetsAdminPage',
);
const CareerPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'CareerPage');
const CatalogueAdminPage = lazyRouteComponent(
  () => import('../features/catalogue/index.ts'),
  'CatalogueAdminPage',
);
const CataloguePage = lazyRouteComponent(() => import('../features/learning/index.ts'), 'CataloguePage');
const ConversationPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'ConversationPage',
);
const ConversationsPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'ConversationsPage',
);
const CourseEditorPage = lazyRouteComponent(
  () => import('../features/catalogue/index.ts'),
  'CourseEditorPage',
);
const CoursePage = lazyRouteComponent(() => import('../features/learning/index.ts'), 'CoursePage');
const CycleBoardPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'CycleBoardPage');
const CyclesPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'CyclesPage');
const FrameworkPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'FrameworkPage');
const ImportWizardPage = lazyRouteComponent(() => import('../features/imports/index.ts'), 'ImportWizardPage');
const ItemEditorPage = lazyRouteComponent(() => import('../features/catalogue/index.ts'), 'ItemEditorPage');
const ItemPage = lazyRouteComponent(() => import('../features/learning/index.ts'), 'ItemPage');
const JobRolesPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'JobRolesPage');
const MentorsPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'MentorsPage');
const MyLearningPage = lazyRouteComponent(() => import('../features/learning/index.ts'), 'MyLearningPage');
const MyPlanPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'MyPlanPage');
const NewPersonPage = lazyRouteComponent(
  () => import('../features/people/new-person-page.tsx'),
  'NewPersonPage',
);
const OrgChartPage = lazyRouteComponent(() => import('../features/org/index.ts'), 'OrgChartPage');
const OrganisationGapsPage = lazyRouteComponent(
  () => import('../features/skills/index.ts'),
  'OrganisationGapsPage',
);
const OutboxPage = lazyRouteComponent(() => import('../features/admin/outbox-page.tsx'), 'OutboxPage');
const PathEditorPage = lazyRouteComponent(() => import('../features/catalogue/index.ts'), 'PathEditorPage');
const PathPage = lazyRouteComponent(() => import('../features/learning/index.ts'), 'PathPage');
const PeopleListPage = lazyRouteComponent(
  () => import('../features/people/people-list-page.tsx'),
  'PeopleListPage',
);
const PersonPage = lazyRouteComponent(() => import('../features/people/person-page.tsx'), 'PersonPage');
const PlanPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'PlanPage');
const PlansOverviewPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'PlansOverviewPage',
);
const ProfilePage = lazyRouteComponent(() => import('../features/profile/profile-page.tsx'), 'ProfilePage');
const RatingRequestsPage = lazyRouteComponent(
  () => import('../features/skills/index.ts'),
  'RatingRequestsPage',
);
const SettingsPage = lazyRouteComponent(() => import('../features/admin/settings-page.tsx'), 'SettingsPage');
const SkillsMapPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'SkillsMapPage');
const TeamDevelopmentPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'TeamDevelopmentPage',
);
const TeamLearningPage = lazyRouteComponent(
  () => import('../features/learning/index.ts'),
  'TeamLearningPage',
);
const TeamMatrixPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'TeamMatrixPage');
const TeamPage = lazyRouteComponent(() => import('../features/team/team-page.tsx'), 'TeamPage');
const VerifyCertificatePage = lazyRouteComponent(
  () => import('../features/learning/index.ts'),
  'VerifyCertificatePage',
);

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

function RedirectTo({ href }: { href: string }) {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate({ href, replace: true });
  }, [navigate, href]);
  return null;
}

/** Signed in already: go where sign-in would have taken you. */
function SignedOutOnly({ children }: { children: ReactNode }) {
  const me = useMeQuery();
  const redirect = useSearch({ strict: false, select: (search: { redirect?: string }) => search.redirect });
  if (me.isPending) return <Loading />;
  if (me.data) return <RedirectTo href={safeRedirect(redirect)} />;
  return children;
}

/** Everything behind sign-in: without a session, go to sign-in and come back afterwards. */
function SignedInLayout() {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending)
    return (
      <div className="flex min-h-screen items-center justify-center">
        <Loading />
      </div>
    );
  if (me.isError)
    return (
      <div className="mx-auto max-w-lg p-8">
        <QueryError error={me.error} />
      </div>
    );
  if (!me.data) {
    // While the router is already on its way to sign-in, do not redirect again (that would nest redirects).
    if (location.pathname === '/sign-in') return null;
    return (
      <Navigate
        to="/sign-in"
        search={{ redirect: location.href === '/' ? undefined : location.href }}
        replace
      />
    );
  }
  return (
    <MeProvider me={me.data}>
      <AppShell>
        <Outlet />
      </AppShell>
    </MeProvider>
  );
}

/** Pages for some permissions only show a clear "no access" to others (the API answers 403 too). */
function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  return can(me, permission) ? children : <NoAccess />;
}

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
  validateSearch: (search: Record<string, unknown>): { goalId?: string; title?: string } => ({
    goalId: stringParam(search.goalId),
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
