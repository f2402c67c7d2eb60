import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { Loading, NotFound } from '../components/states.tsx';
import { createAdminRoutes } from '../features/admin/routes.tsx';
import { ChoosePasswordPage } from '../features/auth/choose-password-page.tsx';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page.tsx';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { createDevelopmentRoutes } from '../features/development/routes.tsx';
import { createDirectionRoutes } from '../features/direction/routes.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { createLearningRoutes } from '../features/learning/routes.tsx';
import { createPeopleRoutes } from '../features/people/routes.tsx';
import { createSkillsRoutes } from '../features/skills/routes.tsx';
import { SignedInLayout, SignedOutOnly } from './guards.tsx';
import { ProfilePage, TeamPage, VerifyCertificatePage } from './pages.ts';
import { stringParam } from './search-params.ts';

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
const verifyCertificateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'certificates/verify/$code',
  component: VerifyCertificatePage,
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
    ...createPeopleRoutes(appRoute),
    ...createAdminRoutes(appRoute),
    ...createSkillsRoutes(appRoute),
    ...createDirectionRoutes(appRoute),
    ...createDevelopmentRoutes(appRoute),
    ...createLearningRoutes(appRoute),
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
