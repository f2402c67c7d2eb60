import { defineEvents, type Events } from '../../core/events.ts';

/** What the LTI platform records in the audit trail (words for each in the web app's audit.actions). */
export const ltiEvents = defineEvents({
  'lti_tool.registered': 'lti_tool',
  'lti_tool.changed': 'lti_tool',
  'lti_tool.removed': 'lti_tool',
  'lti_key.rotated': 'lti_key',
  'lti_tool.items_linked': 'lti_tool',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof ltiEvents> {}
}
