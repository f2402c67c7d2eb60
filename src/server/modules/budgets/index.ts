// What other modules may use from budgets: learning agreements link to a person's own budget request.

export { isBudgetRequestOf } from './budget-requests.repository.ts';
