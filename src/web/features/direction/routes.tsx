import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

// Each page loads on first visit.
const AnnouncementPage = lazyRouteComponent(() => import('./announcement-page.tsx'), 'AnnouncementPage');
const AnnouncementsPage = lazyRouteComponent(() => import('./announcements-page.tsx'), 'AnnouncementsPage');
const ConsultationPage = lazyRouteComponent(() => import('./consultation-page.tsx'), 'ConsultationPage');
const ConsultationsPage = lazyRouteComponent(() => import('./consultations-page.tsx'), 'ConsultationsPage');
const DirectionEditorPage = lazyRouteComponent(
  () => import('./direction-editor-page.tsx'),
  'DirectionEditorPage',
);
const GoalsPage = lazyRouteComponent(() => import('./goals-page.tsx'), 'GoalsPage');
const WhyAndWhatPage = lazyRouteComponent(() => import('./why-and-what-page.tsx'), 'WhyAndWhatPage');

/** The direction pages, hung under the signed-in layout by the router with one line. */
export function createDirectionRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'direction', component: WhyAndWhatPage }),
    createRoute({
      getParentRoute,
      path: 'direction/manage',
      component: () => (
        <RequirePermission permission="direction.manage">
          <DirectionEditorPage />
        </RequirePermission>
      ),
    }),
    createRoute({ getParentRoute, path: 'goals', component: GoalsPage }),
    createRoute({ getParentRoute, path: 'consultations', component: ConsultationsPage }),
    createRoute({ getParentRoute, path: 'consultations/$consultationId', component: ConsultationPage }),
    createRoute({
      getParentRoute,
      path: 'announcements',
      component: () => (
        <RequirePermission permission="announcements.manage">
          <AnnouncementsPage />
        </RequirePermission>
      ),
    }),
    createRoute({ getParentRoute, path: 'announcements/$announcementId', component: AnnouncementPage }),
  ] as const;
}
