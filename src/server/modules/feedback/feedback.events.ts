import { defineEvents, type Events } from '../../core/events.ts';

/** What feedback's audit trail records: never the answers themselves (they are private). */
export const feedbackEvents = defineEvents({
  'feedback_request.created': 'feedback_request',
  'feedback_request.answered': 'feedback_request',
  'feedback_request.declined': 'feedback_request',
  'feedback_request.shared': 'feedback_request',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof feedbackEvents> {}
}
