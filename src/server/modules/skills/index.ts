// What other modules may use from skills (conversations' suggested learning; seeds and benchmarks).

export { applyStarterSet } from './framework/starter-set/starter-set.ts';
// Insight's organisation dashboard: gaps against role profiles at the start and end of a period.
export { roleGapsOverTime, type SkillGapTrend } from './insight/gaps-over-time.ts';
export { personGaps } from './insight/insight.read.ts';
export { findMentors, mentorLevel } from './mentors/mentors.read.ts';
// The approvals inbox (home) lists rating requests sent to me.
export { listRatingRequests } from './ratings/ratings.read.ts';
export { ratingRequestSchema } from './ratings/ratings.schemas.ts';
// Feedback on a skill can become a rating (peer, or manager when the manager answers).
export { ratePerson } from './ratings/ratings.service.ts';
export { currentLevels } from './skills.current-levels.ts';
// Insight's "Mijn groei": the skills a person grew in over a period.
export { type SkillGrown, skillsGrown } from './skills.growth.ts';
export { deriveCurrentLevel } from './skills.level-rule.ts';
