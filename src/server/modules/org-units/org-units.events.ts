import { defineEvents, type Events } from '../../core/events.ts';

/** What the audit trail records of units (words for each in the web app's audit.actions). */
export const orgUnitEvents = defineEvents({
  'org_unit.created': 'org_unit',
  'org_unit.updated': 'org_unit',
  'org_unit.deleted': 'org_unit',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof orgUnitEvents> {}
}
