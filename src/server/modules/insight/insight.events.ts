import { defineEvents, type Events } from '../../core/events.ts';

/** What insight records in the audit trail (words for each in the web app's audit.actions). */
export const insightEvents = defineEvents({
  'insight.rate_changed': 'organisation',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof insightEvents> {}
}
