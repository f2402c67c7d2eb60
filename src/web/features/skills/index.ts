export { CareerPage } from './career-page.tsx';
export { FrameworkPage } from './framework-page.tsx';
export { JobRolesPage } from './job-roles-page.tsx';
export { MentorsPage } from './mentors-page.tsx';
export { OrganisationGapsPage } from './organisation-gaps-page.tsx';
export { RatingRequestsPage, SkillTasksCard } from './rating-requests-page.tsx';
export { SkillsMapPage } from './skills-map-page.tsx';
export { TeamMatrixPage } from './team-matrix-page.tsx';
