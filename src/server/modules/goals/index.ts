// What other modules may use from goals (development links plan goals to organisation and team goals).

export { goalVisibility } from './goals.policy.ts';
export { presentGoal, presentTeamGoal } from './goals.presenter.ts';
export { listGoals, listTeamGoals } from './goals.repository.ts';
export { organisationGoalSchema, teamGoalSchema } from './goals.schemas.ts';
