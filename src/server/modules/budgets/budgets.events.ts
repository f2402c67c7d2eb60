import { defineEvents, type Events } from '../../core/events.ts';

/** What the budgets' audit trail records (words for each in the web app's audit.actions). */
export const budgetEvents = defineEvents({
  'budget_policy.set': 'budget_policy',
  'budgets.allocated': 'budget_policy',
  'budgets.imported': 'budget_policy',
  'budget_request.created': 'budget_request',
  'budget_request.manager_approved': 'budget_request',
  'budget_request.approved': 'budget_request',
  'budget_request.approved_over_budget': 'budget_request',
  'budget_request.declined': 'budget_request',
  'budget_request.cancelled': 'budget_request',
  'budget_request.completed': 'budget_request',
  'budget_request.file_added': 'budget_request',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof budgetEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /** A budget request got its final decision (told after commit): webhooks tell it on. */
    'budgets.request_decided': {
      requestId: string;
      personId: string;
      decision: 'approved' | 'declined';
      title: string;
      costCents: number;
      isOverBudget: boolean;
    };
  }
}

declare module '../../core/ports.ts' {
  interface Ports {
    /**
     * Whether a learning agreement was made for a budget request (budget-funded learning comes with
     * one before it is completed). Learning agreements build on budgets, so they provide this port.
     */
    hasAgreementForBudgetRequest(
      tenant: import('../../db/tenant.ts').TenantDb,
      requestId: string,
    ): Promise<boolean>;
  }
}
