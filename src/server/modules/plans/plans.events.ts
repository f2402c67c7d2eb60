import { defineEvents, type Events } from '../../core/events.ts';

/** What a plan's audit trail records (words for each in the web app's audit.actions). */
export const planEvents = defineEvents({
  'development_plan.created': 'development_plan',
  'development_plan.goal_added': 'development_plan',
  'development_plan.goal_changed': 'development_plan',
  'development_plan.goal_removed': 'development_plan',
  'development_plan.action_added': 'development_plan',
  'development_plan.action_changed': 'development_plan',
  'development_plan.action_removed': 'development_plan',
  'development_plan.reflection_added': 'development_plan',
  'development_plan.manager_comment_added': 'development_plan',
  'development_plan.shared': 'development_plan',
  'development_plan.agreed': 'development_plan',
  'development_plan.reviewed': 'development_plan',
  'development_plan.reopened': 'development_plan',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof planEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /** A plan goal was marked achieved (told after commit): recognition celebrates it. */
    'plans.goal_achieved': { personId: string; planId: string; goalId: string; title: string };
    /** A manager agreed a plan (told after commit): webhooks tell it on. */
    'plans.agreed': { personId: string; planId: string; period: string; agreedBy: string | null };
  }
}
