import { defineModule } from '../../core/module.ts';
import { feedbackPersonalData } from './feedback.personal-data.ts';
import './feedback.events.ts';
import { feedbackRoutes } from './feedback.routes.ts';

/** Feedback as learning: ask colleagues, answers private to the asker (issue 16). */
export const feedbackModule = defineModule({
  name: 'feedback',
  routes: feedbackRoutes,
  personalData: feedbackPersonalData,
});
