// What other modules may use from feedback (conversations' preparation shows shared feedback).
export { sharedFeedbackOf } from './feedback.read.ts';
export { feedbackRequestSchema } from './feedback.schemas.ts';
