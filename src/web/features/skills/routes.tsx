import { type AnyRoute, createRoute, getRouteApi, lazyRouteComponent } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { RequirePermission } from '../../lib/guards.tsx';
import type { Permission } from '../../lib/permissions.ts';

const CareerPage = lazyRouteComponent(() => import('./career-page.tsx'), 'CareerPage');
const FrameworkPage = lazyRouteComponent(() => import('./framework-page.tsx'), 'FrameworkPage');
const JobRolesPage = lazyRouteComponent(() => import('./job-roles-page.tsx'), 'JobRolesPage');
const MentorsPage = lazyRouteComponent(() => import('./mentors-page.tsx'), 'MentorsPage');
const OrganisationGapsPage = lazyRouteComponent(
  () => import('./organisation-gaps-page.tsx'),
  'OrganisationGapsPage',
);
const RatingRequestsPage = lazyRouteComponent(
  () => import('./rating-requests-page.tsx'),
  'RatingRequestsPage',
);
const SkillsMapPage = lazyRouteComponent(() => import('./skills-map-page.tsx'), 'SkillsMapPage');
const TeamMatrixPage = lazyRouteComponent(() => import('./team-matrix-page.tsx'), 'TeamMatrixPage');

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
