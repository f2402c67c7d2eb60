import { defineEvents, type Events } from '../../core/events.ts';

/** What the audit trail records of webhooks (words for each in the web app's audit.actions). */
export const webhookEvents = defineEvents({
  'webhook_subscription.created': 'webhook_subscription',
  'webhook_subscription.updated': 'webhook_subscription',
  'webhook_subscription.deleted': 'webhook_subscription',
  'webhook_subscription.disabled': 'webhook_subscription',
  'webhook_subscription.redelivered': 'webhook_subscription',
  'unit_channel.created': 'unit_channel',
  'unit_channel.updated': 'unit_channel',
  'unit_channel.deleted': 'unit_channel',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof webhookEvents> {}
}
