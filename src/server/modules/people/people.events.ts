import type { ChangeCtx } from '../../core/change.ts';
import { defineEvents, type Events } from '../../core/events.ts';

/** What the people directory's audit trail records (words for each in the web app's audit.actions). */
export const peopleEvents = defineEvents({
  'person.created': 'person',
  'person.updated': 'person',
  'person.invited': 'person',
  'person.roles_set': 'person',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof peopleEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /**
     * Who was created, imported or changed (and the managers they report to), told after the change
     * committed: audience rules and the like follow them.
     */
    'people.changed': { personIds: string[] };
  }
}

/** Tells, after commit, who a change touched: each once, without empty references (no manager). */
export function publishPeopleChanged(tx: ChangeCtx, ids: readonly (string | null | undefined)[]) {
  const personIds = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (personIds.length) tx.publish('people.changed', { personIds });
}
