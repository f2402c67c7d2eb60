// What other features may use from learning; its pages are reached through routes.tsx.
export { AssignDialog } from './assign-dialog.tsx';
export { HomeLearningBlock } from './home-learning-block.tsx';
export { entryLink } from './learning-api.ts';
