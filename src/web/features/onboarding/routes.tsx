import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

const page = (name: 'OnboardingPage' | 'JourneyPage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);
const admin = (name: 'OnboardingAdminPage' | 'TemplateEditorPage') =>
  lazyRouteComponent(() => import('./admin-pages.tsx'), name);

/** Onboarding: my journey (and whom I am buddy or manager for), one journey, and L&D's templates. */
export function createOnboardingRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'onboarding', component: page('OnboardingPage') }),
    createRoute({ getParentRoute, path: 'onboarding/journeys/$id', component: page('JourneyPage') }),
    createRoute({ getParentRoute, path: 'admin/onboarding', component: admin('OnboardingAdminPage') }),
    createRoute({
      getParentRoute,
      path: 'admin/onboarding/templates/new',
      component: admin('TemplateEditorPage'),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/onboarding/templates/$id',
      component: admin('TemplateEditorPage'),
    }),
  ] as const;
}
