import { defineEvents, type Events } from '../../core/events.ts';

/** What a consultation's audit trail records (words for each in the web app's audit.actions). */
export const consultationEvents = defineEvents({
  'consultation.opened': 'consultation',
  'consultation.responded': 'consultation',
  'consultation.replied': 'consultation',
  'consultation.closed': 'consultation',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof consultationEvents> {}
}
