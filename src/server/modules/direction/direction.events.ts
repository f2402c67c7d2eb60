import { defineEvents, type Events } from '../../core/events.ts';

/** What changes to the organisation's why record (words for each in the web app's audit.actions). */
export const directionEvents = defineEvents({
  'statement.saved': 'statement',
  'core_value.created': 'core_value',
  'core_value.updated': 'core_value',
  'core_value.deleted': 'core_value',
  'core_competency.created': 'core_competency',
  'core_competency.updated': 'core_competency',
  'core_competency.deleted': 'core_competency',
  'core_competency.skills_set': 'core_competency',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof directionEvents> {}
}
