// What other features may use from feedback; its pages are reached through routes.tsx.
export { SharedFeedbackCard } from './shared-feedback-card.tsx';
