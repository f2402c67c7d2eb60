import { type AnyRoute, createRoute, getRouteApi, lazyRouteComponent } from '@tanstack/react-router';
import { SignedOutOnly } from '../../lib/guards.tsx';
import { stringParam } from '../../lib/search-params.ts';

// Loaded when visited, like every feature page: the app's first chunk holds no page.
const ChoosePasswordPage = lazyRouteComponent(
  () => import('./choose-password-page.tsx'),
  'ChoosePasswordPage',
);
const ForgotPasswordPage = lazyRouteComponent(
  () => import('./forgot-password-page.tsx'),
  'ForgotPasswordPage',
);
const SignInPage = lazyRouteComponent(() => import('./sign-in-page.tsx'), 'SignInPage');

/** The signed-out pages, hung under the root. What the e-mails link to must keep these paths. */
export function createAuthRoutes<Root extends AnyRoute>(root: Root) {
  const rootRoute = root;
  const signInRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: 'sign-in',
    validateSearch: (
      search: Record<string, unknown>,
    ): { redirect?: string; email?: string; organisation?: string; ssoError?: string } => ({
      redirect: stringParam(search.redirect),
      email: stringParam(search.email),
      // Single sign-on: the organisation whose button to show, and why an SSO attempt was refused.
      organisation: stringParam(search.organisation),
      ssoError: stringParam(search.ssoError),
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
      const { token } = getRouteApi('/reset-password').useSearch();
      return <ChoosePasswordPage purpose="reset" token={token} />;
    },
  });
  const welcomeRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: 'welcome',
    validateSearch: tokenSearch,
    component: function Welcome() {
      const { token } = getRouteApi('/welcome').useSearch();
      return <ChoosePasswordPage purpose="welcome" token={token} />;
    },
  });
  return [signInRoute, forgotPasswordRoute, resetPasswordRoute, welcomeRoute] as const;
}
