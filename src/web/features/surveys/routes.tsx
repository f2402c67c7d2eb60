import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { RequirePermission } from '../../lib/guards.tsx';

const MySurveysPage = lazyRouteComponent(() => import('./my-surveys.tsx'), 'MySurveysPage');
const AnswerPage = lazyRouteComponent(() => import('./answer-page.tsx'), 'AnswerPage');
const SurveysAdminPage = lazyRouteComponent(() => import('./admin-list.tsx'), 'SurveysAdminPage');
const BuilderPage = lazyRouteComponent(() => import('./builder.tsx'), 'BuilderPage');
const SurveyPage = lazyRouteComponent(() => import('./survey-page.tsx'), 'SurveyPage');
const ResultsPage = lazyRouteComponent(() => import('./results-page.tsx'), 'ResultsPage');
const LearningZonePage = lazyRouteComponent(() => import('./learning-zone.tsx'), 'LearningZonePage');

const manage = (Page: ComponentType) => () => (
  <RequirePermission permission="surveys.manage">
    <Page />
  </RequirePermission>
);

/** Surveys: mine and the answer page (the invitation links to it); HR's list, builder and results; the Learning Zone. */
export function createSurveyRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'surveys', component: MySurveysPage }),
    createRoute({ getParentRoute, path: 'surveys/$id/answer', component: AnswerPage }),
    createRoute({ getParentRoute, path: 'surveys/learning-zone', component: LearningZonePage }),
    createRoute({ getParentRoute, path: 'surveys/manage', component: manage(SurveysAdminPage) }),
    createRoute({ getParentRoute, path: 'surveys/manage/new', component: manage(BuilderPage) }),
    createRoute({ getParentRoute, path: 'surveys/manage/$id', component: manage(SurveyPage) }),
    createRoute({ getParentRoute, path: 'surveys/manage/$id/edit', component: manage(BuilderPage) }),
    createRoute({ getParentRoute, path: 'surveys/manage/$id/results', component: manage(ResultsPage) }),
  ] as const;
}
