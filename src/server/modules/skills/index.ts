// What other modules may use from skills (contracts: development's mentor action, learning agreements).

export { findMentors, mentorLevel } from './mentors.service.ts';
export { currentLevels } from './skills.current-levels.ts';
export { personGaps } from './skills.insight.service.ts';
export { deriveCurrentLevel } from './skills.level-rule.ts';
