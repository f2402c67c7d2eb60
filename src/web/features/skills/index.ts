// What other features may use from skills; its pages are reached through routes.tsx.
export { SkillTasksCard } from './skill-tasks-card.tsx';
export { useFramework, useJobRoles, useLocalName, useSkillsMap } from './skills-api.ts';
