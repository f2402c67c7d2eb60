import { defineEvents, type Events } from '../../core/events.ts';

/** What sign-in and account changes record (words for each in the web app's audit.actions). */
export const authEvents = defineEvents({
  'person.settings_changed': 'person',
  'password.changed': 'person',
  'password.reset': 'person',
  'password_reset.requested': 'person',
  'invitation.accepted': 'person',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof authEvents> {}
}
