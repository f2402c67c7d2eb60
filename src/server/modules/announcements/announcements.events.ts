import { defineEvents, type Events } from '../../core/events.ts';

/** What the announcements' audit trail records (words for each in the web app's audit.actions). */
export const announcementEvents = defineEvents({
  'announcement.created': 'announcement',
  'announcement.updated': 'announcement',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof announcementEvents> {}
}
