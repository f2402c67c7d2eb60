// What other modules may use from goals (development links plan goals to organisation and team goals;
// consultations put draft goals before an audience and publish them when they close).

export { goalVisibility } from './goals.policy.ts';
export { presentGoal, presentTeamGoal } from './goals.presenter.ts';
export { goalsHiddenFrom } from './goals.references.ts';
export {
  activateDraftGoals,
  existingGoalIds,
  goalsAsSubject,
  listGoals,
  listTeamGoals,
} from './goals.repository.ts';
export { organisationGoalSchema, teamGoalSchema } from './goals.schemas.ts';
// WorkOuts turn a team's agreed next step into a team goal.
export { createTeamGoal } from './goals.service.ts';
