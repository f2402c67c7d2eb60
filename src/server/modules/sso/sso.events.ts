import { defineEvents, type Events } from '../../core/events.ts';

/** What single sign-on records in the audit trail (words for each in the web app's audit.actions). */
export const ssoEvents = defineEvents({
  'sso.settings_changed': 'organisation',
  'sso.signed_in': 'person',
  'sso.person_created': 'person',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof ssoEvents> {}
}
