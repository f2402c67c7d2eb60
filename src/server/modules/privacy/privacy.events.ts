import { defineEvents, type Events } from '../../core/events.ts';

/** What privacy records in the audit trail: which kinds were erased and how many rows, never the data. */
export const privacyEvents = defineEvents({
  'privacy.person_erased': 'person',
  'privacy.retention_set': 'organisation',
  'privacy.organisation_export_requested': 'organisation',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof privacyEvents> {}
}
