import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
} from '@tanstack/react-router';
import { Loading, NotFound } from '../components/states.tsx';
import { createAdminRoutes } from '../features/admin/routes.tsx';
import { createAuthRoutes } from '../features/auth/routes.tsx';
import { createCampaignRoutes } from '../features/campaigns/routes.tsx';
import { createCatalogueRoutes } from '../features/catalogue/routes.tsx';
import { createCredentialPublicRoutes, createCredentialRoutes } from '../features/credentials/routes.tsx';
import { createDevelopmentRoutes } from '../features/development/routes.tsx';
import { createDirectionRoutes } from '../features/direction/routes.tsx';
import { createEventRoutes } from '../features/events/routes.tsx';
import { createFeedbackRoutes } from '../features/feedback/routes.tsx';
import { createHomeRoutes } from '../features/home/routes.tsx';
import { createImportRoutes } from '../features/imports/routes.tsx';
import { createInsightRoutes } from '../features/insight/routes.tsx';
import { createIntegrationsRoutes } from '../features/integrations/routes.tsx';
import { createKnowledgeRoutes } from '../features/knowledge/routes.tsx';
import { createLearningPublicRoutes, createLearningRoutes } from '../features/learning/routes.tsx';
import { createLearningTimeRoutes } from '../features/learning-time/routes.tsx';
import { createLrsRoutes } from '../features/lrs/routes.tsx';
import { createLtiRoutes } from '../features/lti/routes.tsx';
import { createOnboardingRoutes } from '../features/onboarding/routes.tsx';
import { createOrgRoutes } from '../features/org/routes.tsx';
import { createPeopleRoutes } from '../features/people/routes.tsx';
import { createPrivacyRoutes } from '../features/privacy/routes.tsx';
import { createProfileRoutes } from '../features/profile/routes.tsx';
import { createProgrammeRoutes } from '../features/programmes/routes.tsx';
import { createRecognitionRoutes } from '../features/recognition/routes.tsx';
import { createScormRoutes } from '../features/scorm/routes.tsx';
import { createSkillsRoutes } from '../features/skills/routes.tsx';
import { createSsoRoutes } from '../features/sso/routes.tsx';
import { createSurveyRoutes } from '../features/surveys/routes.tsx';
import { createTalentRoutes } from '../features/talent/routes.tsx';
import { createTeamRoutes } from '../features/team/routes.tsx';
import { createWorkoutRoutes } from '../features/workouts/routes.tsx';
import { loadFeatureCatalogues } from '../i18n/i18n.ts';

// The composition root: every feature declares its own routes; this file only hangs them in the tree.
const rootRoute = createRootRoute({
  component: Outlet,
  notFoundComponent: NotFound,
});

// The signed-in shell (menus, notification bell) and the features' words are loaded once signed in,
// not with the sign-in page.
const SignedInLayout = lazyRouteComponent(
  () => Promise.all([import('./signed-in-layout.tsx'), loadFeatureCatalogues()]).then(([layout]) => layout),
  'SignedInLayout',
);
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: '_app', component: SignedInLayout });

const routeTree = rootRoute.addChildren([
  ...createAuthRoutes(rootRoute),
  ...createLearningPublicRoutes(rootRoute),
  ...createCredentialPublicRoutes(rootRoute),
  appRoute.addChildren([
    ...createHomeRoutes(appRoute),
    ...createProfileRoutes(appRoute),
    ...createTeamRoutes(appRoute),
    ...createPeopleRoutes(appRoute),
    ...createOrgRoutes(appRoute),
    ...createImportRoutes(appRoute),
    ...createAdminRoutes(appRoute),
    ...createSkillsRoutes(appRoute),
    ...createDirectionRoutes(appRoute),
    ...createDevelopmentRoutes(appRoute),
    ...createLearningRoutes(appRoute),
    ...createCatalogueRoutes(appRoute),
    ...createLrsRoutes(appRoute),
    ...createScormRoutes(appRoute),
    ...createLearningTimeRoutes(appRoute),
    ...createEventRoutes(appRoute),
    ...createOnboardingRoutes(appRoute),
    ...createProgrammeRoutes(appRoute),
    ...createWorkoutRoutes(appRoute),
    ...createKnowledgeRoutes(appRoute),
    ...createFeedbackRoutes(appRoute),
    ...createRecognitionRoutes(appRoute),
    ...createSurveyRoutes(appRoute),
    ...createSsoRoutes(appRoute),
    ...createInsightRoutes(appRoute),
    ...createTalentRoutes(appRoute),
    ...createIntegrationsRoutes(appRoute),
    ...createPrivacyRoutes(appRoute),
    ...createCampaignRoutes(appRoute),
    ...createCredentialRoutes(appRoute),
    ...createLtiRoutes(appRoute),
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
