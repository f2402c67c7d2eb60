import { defineEvents, type Events } from '../../core/events.ts';

/** What the audit trail records about cmi5 courses (words in the web app's audit.actions.cmi5). */
export const cmi5Events = defineEvents({
  'cmi5.course_imported': 'content',
  'cmi5.course_satisfied': 'content',
  'cmi5.au_waived': 'content',
  'cmi5.course_updated': 'content',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof cmi5Events> {}
}
