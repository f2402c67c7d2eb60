import { defineEvents, type Events } from '../../core/events.ts';

/** What learning time's audit trail records (words for each in the web app's audit.actions). */
export const learningTimeEvents = defineEvents({
  'learning_time.norms_set': 'learning_time',
  'learning_time.block_reserved': 'learning_time',
  'learning_time.block_changed': 'learning_time',
  'learning_time.block_removed': 'learning_time',
  'learning_time.feed_renewed': 'learning_time',
  'learning_time.feed_revoked': 'learning_time',
  'learning_time.hour_proposed': 'learning_time',
  'learning_time.hour_accepted': 'learning_time',
  'learning_time.hour_declined': 'learning_time',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof learningTimeEvents> {}
}
