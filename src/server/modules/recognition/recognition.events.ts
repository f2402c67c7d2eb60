import { defineEvents, type Events } from '../../core/events.ts';

/** What recognition records in the audit trail (words for each in the web app's audit.actions). */
export const recognitionEvents = defineEvents({
  'kudos.given': 'kudos',
  'celebration.shared': 'celebration',
  'celebration.unshared': 'celebration',
  'badge.created': 'badge',
  'badge.updated': 'badge',
  'badge.awarded': 'badge',
  'challenge.created': 'challenge',
  'recognition.preferences_set': 'person',
  'recognition.settings_changed': 'organisation',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof recognitionEvents> {}
}
