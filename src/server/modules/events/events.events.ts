import { defineEvents, type Events } from '../../core/events.ts';

/** What events' audit trail records (words for each in the web app's audit.actions). */
export const eventEvents = defineEvents({
  'event.created': 'event',
  'event.session_added': 'event',
  'event.session_changed': 'event',
  'event.session_cancelled': 'event',
  'event.signed_up': 'event',
  'event.waitlisted': 'event',
  'event.registration_cancelled': 'event',
  'event.promoted': 'event',
  'event.attended': 'event',
  'event.attendance_undone': 'event',
  'event.changed': 'event',
  'event.approval_requested': 'event',
  'event.approval_approved': 'event',
  'event.approval_declined': 'event',
  'event.approval_withdrawn': 'event',
  'event.feedback_given': 'event',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof eventEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /** A person attended a session of an event (told after commit): recognition's badge criteria follow. */
    'events.attended': { personId: string; contentId: string; title: string };
  }
}
