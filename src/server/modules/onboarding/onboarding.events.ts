import { defineEvents, type Events } from '../../core/events.ts';

/** What onboarding's audit trail records (words for each in the web app's audit.actions). */
export const onboardingEvents = defineEvents({
  'onboarding_template.created': 'onboarding_template',
  'onboarding_template.updated': 'onboarding_template',
  'onboarding_journey.assigned': 'onboarding_journey',
  'onboarding_journey.buddy_changed': 'onboarding_journey',
  'onboarding_journey.step_done': 'onboarding_journey',
  'onboarding_journey.step_reopened': 'onboarding_journey',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof onboardingEvents> {}
}
