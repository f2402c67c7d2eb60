import { type AnyRoute, createRoute } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { can, type Permission, useMe } from '../../app/session.tsx';
import { NoAccess } from '../../components/states.tsx';
import { AnnouncementPage } from './announcement-page.tsx';
import { AnnouncementsPage } from './announcements-page.tsx';
import { ConsultationPage } from './consultation-page.tsx';
import { ConsultationsPage } from './consultations-page.tsx';
import { DirectionEditorPage } from './direction-editor-page.tsx';
import { GoalsPage } from './goals-page.tsx';
import { WhyAndWhatPage } from './why-and-what-page.tsx';

function Require({ permission, children }: { permission: Permission; children: ReactNode }) {
  return can(useMe(), permission) ? children : <NoAccess />;
}

/** The direction pages, hung under the signed-in layout by the router with one line. */
export function createDirectionRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'direction', component: WhyAndWhatPage }),
    createRoute({
      getParentRoute,
      path: 'direction/manage',
      component: () => (
        <Require permission="direction.manage">
          <DirectionEditorPage />
        </Require>
      ),
    }),
    createRoute({ getParentRoute, path: 'goals', component: GoalsPage }),
    createRoute({ getParentRoute, path: 'consultations', component: ConsultationsPage }),
    createRoute({ getParentRoute, path: 'consultations/$consultationId', component: ConsultationPage }),
    createRoute({
      getParentRoute,
      path: 'announcements',
      component: () => (
        <Require permission="announcements.manage">
          <AnnouncementsPage />
        </Require>
      ),
    }),
    createRoute({ getParentRoute, path: 'announcements/$announcementId', component: AnnouncementPage }),
  ] as const;
}
