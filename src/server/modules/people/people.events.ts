import type { Db } from '../../db/database.ts';

/** Who changed, told after the change committed (created, imported, updated, roles set). */
export type PeopleChange = { db: Db; organisationId: string; personIds: string[] };
export type PeopleChangeListener = (change: PeopleChange) => Promise<unknown>;

// Listeners by name, so wiring the app twice (tests) replaces instead of doubling. Modules that react
// to people (catalogue's audience rules) register from the app; people depends on none of them.
const listeners = new Map<string, PeopleChangeListener>();

export function onPeopleChanged(name: string, listener: PeopleChangeListener) {
  listeners.set(name, listener);
}

/**
 * Tells every listener, one after the other. The change itself is committed: listeners catch and log
 * their own failures (the app wraps them) so a slow or failing one never fails the request.
 */
export async function announcePeopleChanged(change: PeopleChange) {
  const personIds = [...new Set(change.personIds.filter(Boolean))];
  if (!personIds.length) return;
  for (const listener of listeners.values()) await listener({ ...change, personIds });
}
