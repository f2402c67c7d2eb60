import { lazyRouteComponent } from '@tanstack/react-router';

// Pages load on first visit, so the first screen does not wait for every feature's code.
export const ApiTokensPage = lazyRouteComponent(
  () => import('../features/admin/api-tokens-page.tsx'),
  'ApiTokensPage',
);
export const ApprovalsPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'ApprovalsPage',
);
export const AuditPage = lazyRouteComponent(() => import('../features/admin/audit-page.tsx'), 'AuditPage');
export const BudgetPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'BudgetPage');
export const BudgetsAdminPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'BudgetsAdminPage',
);
export const CareerPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'CareerPage');
export const CatalogueAdminPage = lazyRouteComponent(
  () => import('../features/catalogue/index.ts'),
  'CatalogueAdminPage',
);
export const CataloguePage = lazyRouteComponent(
  () => import('../features/learning/index.ts'),
  'CataloguePage',
);
export const ConversationPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'ConversationPage',
);
export const ConversationsPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'ConversationsPage',
);
export const CourseEditorPage = lazyRouteComponent(
  () => import('../features/catalogue/index.ts'),
  'CourseEditorPage',
);
export const CoursePage = lazyRouteComponent(() => import('../features/learning/index.ts'), 'CoursePage');
export const CycleBoardPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'CycleBoardPage',
);
export const CyclesPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'CyclesPage');
export const ConversationTemplatesPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'TemplatesPage',
);
export const FrameworkPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'FrameworkPage');
export const ImportWizardPage = lazyRouteComponent(
  () => import('../features/imports/index.ts'),
  'ImportWizardPage',
);
export const ItemEditorPage = lazyRouteComponent(
  () => import('../features/catalogue/index.ts'),
  'ItemEditorPage',
);
export const ItemPage = lazyRouteComponent(() => import('../features/learning/index.ts'), 'ItemPage');
export const JobRolesPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'JobRolesPage');
export const MentorsPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'MentorsPage');
export const MyLearningPage = lazyRouteComponent(
  () => import('../features/learning/index.ts'),
  'MyLearningPage',
);
export const MyPlanPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'MyPlanPage');
export const NewPersonPage = lazyRouteComponent(
  () => import('../features/people/new-person-page.tsx'),
  'NewPersonPage',
);
export const OrgChartPage = lazyRouteComponent(() => import('../features/org/index.ts'), 'OrgChartPage');
export const OrganisationGapsPage = lazyRouteComponent(
  () => import('../features/skills/index.ts'),
  'OrganisationGapsPage',
);
export const OutboxPage = lazyRouteComponent(() => import('../features/admin/outbox-page.tsx'), 'OutboxPage');
export const PathEditorPage = lazyRouteComponent(
  () => import('../features/catalogue/index.ts'),
  'PathEditorPage',
);
export const PathPage = lazyRouteComponent(() => import('../features/learning/index.ts'), 'PathPage');
export const PeopleListPage = lazyRouteComponent(
  () => import('../features/people/people-list-page.tsx'),
  'PeopleListPage',
);
export const PersonPage = lazyRouteComponent(
  () => import('../features/people/person-page.tsx'),
  'PersonPage',
);
export const PlanPage = lazyRouteComponent(() => import('../features/development/index.ts'), 'PlanPage');
export const PlansOverviewPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'PlansOverviewPage',
);
export const ProfilePage = lazyRouteComponent(
  () => import('../features/profile/profile-page.tsx'),
  'ProfilePage',
);
export const RatingRequestsPage = lazyRouteComponent(
  () => import('../features/skills/index.ts'),
  'RatingRequestsPage',
);
export const SettingsPage = lazyRouteComponent(
  () => import('../features/admin/settings-page.tsx'),
  'SettingsPage',
);
export const SkillsMapPage = lazyRouteComponent(() => import('../features/skills/index.ts'), 'SkillsMapPage');
export const TeamDevelopmentPage = lazyRouteComponent(
  () => import('../features/development/index.ts'),
  'TeamDevelopmentPage',
);
export const TeamLearningPage = lazyRouteComponent(
  () => import('../features/learning/index.ts'),
  'TeamLearningPage',
);
export const TeamMatrixPage = lazyRouteComponent(
  () => import('../features/skills/index.ts'),
  'TeamMatrixPage',
);
export const TeamPage = lazyRouteComponent(() => import('../features/team/team-page.tsx'), 'TeamPage');
export const VerifyCertificatePage = lazyRouteComponent(
  () => import('../features/learning/index.ts'),
  'VerifyCertificatePage',
);
