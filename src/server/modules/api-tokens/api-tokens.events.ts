import { defineEvents, type Events } from '../../core/events.ts';

/** What the audit trail records of API tokens (words for each in the web app's audit.actions). */
export const apiTokenEvents = defineEvents({
  'api_token.created': 'api_token',
  'api_token.revoked': 'api_token',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof apiTokenEvents> {}
}
