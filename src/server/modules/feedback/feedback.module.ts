import { defineModule } from '../../core/module.ts';
import './feedback.events.ts';
import { feedbackRoutes } from './feedback.routes.ts';

/** Feedback as learning: ask colleagues, answers private to the asker (issue 16). */
export const feedbackModule = defineModule({ name: 'feedback', routes: feedbackRoutes });
