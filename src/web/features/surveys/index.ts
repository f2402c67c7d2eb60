// What other features may use from surveys; its pages are reached through routes.tsx.
export { LearningZoneTeamBlock } from './team-block.tsx';
