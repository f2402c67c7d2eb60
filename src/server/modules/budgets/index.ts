// What other modules may use from budgets: learning agreements link to a person's own budget request.

export { isBudgetRequestOf } from './budget-requests.repository.ts';
// Insight's organisation dashboard: budget use by unit and what it bought.
export { type BudgetUseRow, budgetPurchases, budgetUseByUnit } from './budgets.by-unit.ts';
// Events that cost money are paid from the person's budget once their manager approved the sign-up.
export { commitEventCost, settleEventCost } from './budgets.event-costs.ts';
// The approvals inbox (home) shows the requests waiting at my step, in the budgets' own shape.
export { approvalsInbox } from './budgets.read.ts';
export { budgetRequestSchema } from './budgets.schemas.ts';
