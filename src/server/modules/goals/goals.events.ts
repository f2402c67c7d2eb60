import { defineEvents, type Events } from '../../core/events.ts';

/** What the goals' audit trail records (words for each in the web app's audit.actions). */
export const goalEvents = defineEvents({
  'organisation_goal.created': 'organisation_goal',
  'organisation_goal.updated': 'organisation_goal',
  'key_result.created': 'organisation_goal',
  'key_result.checked_in': 'organisation_goal',
  'team_goal.created': 'team_goal',
  'team_goal.updated': 'team_goal',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof goalEvents> {}
}
