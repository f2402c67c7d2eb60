import { defineEvents, type Events } from '../../core/events.ts';

/** What programmes' audit trail records (words for each in the web app's audit.actions). */
export const programmeEvents = defineEvents({
  'programme.created': 'programme',
  'programme.changed': 'programme',
  'programme.track_added': 'programme',
  'programme.session_added': 'programme',
  'programme.material_added': 'programme',
  'programme.material_removed': 'programme',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof programmeEvents> {}
}
