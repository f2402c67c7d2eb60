import { defineEvents, type Events } from '../../core/events.ts';

/** What credentials records in the audit trail (words for each in the web app's audit.actions). */
export const credentialsEvents = defineEvents({
  'credential.issued': 'credential',
  'credential.revoked': 'credential',
  'credential.key_rotated': 'organisation',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof credentialsEvents> {}
}
