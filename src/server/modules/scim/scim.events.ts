import { defineEvents, type Events } from '../../core/events.ts';

/** What the audit trail records of SCIM tokens (words for each in the web app's audit.actions). */
export const scimEvents = defineEvents({
  'scim_token.created': 'scim_token',
  'scim_token.revoked': 'scim_token',
  'scim_group.mapped': 'scim_group',
  'scim_group.signin_memberships': 'person',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof scimEvents> {}
}
