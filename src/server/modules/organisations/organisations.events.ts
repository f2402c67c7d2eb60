import { defineEvents, type Events } from '../../core/events.ts';

/** What the organisation's audit trail records (words for each in the web app's audit.actions). */
export const organisationEvents = defineEvents({
  'organisation.created': 'organisation',
  'organisation.updated': 'organisation',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof organisationEvents> {}
}
