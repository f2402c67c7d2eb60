import { defineEvents, type Events } from '../../core/events.ts';

/** What the audit trail records of HR imports (words for each in the web app's audit.actions). */
export const importEvents = defineEvents({
  'import.people.uploaded': 'import',
  'import.people.applied': 'import',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof importEvents> {}
}
