import { defineEvents, type Events } from '../../core/events.ts';

/** What the audit trail records about SCORM packages (words in the web app's audit.actions.scorm). */
export const scormEvents = defineEvents({
  'scorm.package_imported': 'content',
  'scorm.version_uploaded': 'content',
  'scorm.settings_changed': 'content',
  'scorm.attempt_started': 'content',
  'scorm.attempt_finished': 'content',
  'scorm.attempt_navigated': 'content',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof scormEvents> {}
}
