// What other modules may use from goals (development links plan goals to organisation and team goals).

export { goalVisibility } from './goals.policy.ts';
