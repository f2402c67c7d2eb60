import { type AnyRoute, createRoute, getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { RequirePermission } from '../../app/guards.tsx';
import {
  CareerPage,
  FrameworkPage,
  JobRolesPage,
  MentorsPage,
  OrganisationGapsPage,
  RatingRequestsPage,
  SkillsMapPage,
  TeamMatrixPage,
} from '../../app/pages.ts';
import type { Permission } from '../../app/session.tsx';

/** The skills pages, hung under the signed-in layout by the router. */
export function createSkillsRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  const skillsRoute = <TPath extends string>(
    path: TPath,
    component: () => ReactNode,
    permission: Permission = 'skills.read',
  ) =>
    createRoute({
      getParentRoute,
      path,
      component: () => <RequirePermission permission={permission}>{component()}</RequirePermission>,
    });
  const skillPersonRoute = createRoute({
    getParentRoute,
    path: 'skills/people/$personId',
    component: function SkillPerson() {
      const { personId } = getRouteApi('/_app/skills/people/$personId').useParams();
      return <SkillsMapPage personId={personId} />;
    },
  });
  return [
    skillsRoute('skills', () => <SkillsMapPage />),
    skillsRoute('skills/career', () => <CareerPage />),
    skillsRoute('skills/requests', () => <RatingRequestsPage />),
    skillsRoute('skills/mentors', () => <MentorsPage />),
    skillsRoute('skills/team', () => <TeamMatrixPage />),
    skillsRoute('skills/organisation', () => <OrganisationGapsPage />, 'skills.insight'),
    skillsRoute('skills/framework', () => <FrameworkPage />, 'skills.manage'),
    skillsRoute('skills/roles', () => <JobRolesPage />, 'skills.manage'),
    skillPersonRoute,
  ] as const;
}
