import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';

// Catalogue pages kept in this process's memory, keyed by the organisation's catalogue revision
// (migration 0080: triggers bump it on every change to items, versions, courses, paths and tags).
// People repeat the same searches and the catalogue changes a few times a day, while ranking 800
// matches by trigram similarity costs ~20 ms of database CPU per search.
const maxEntries = 1000;
const entries = new Map<string, unknown>();

/** The organisation's catalogue revision; read it before the query whose result it labels. */
export async function catalogueRevision(tenant: TenantDb): Promise<number> {
  const result = await sql<{ revision: number }>`
    SELECT revision FROM catalogue_revisions WHERE organisation_id = ${tenant.organisationId}`.execute(
    tenant.executor,
  );
  return Number(result.rows[0]?.revision ?? 0);
}

/**
 * The value under `key`, computing and keeping it when absent; the least recently used entry goes
 * first. Callers put the organisation and its revision in the key and never mutate what they get.
 */
export async function remembered<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (entries.has(key)) {
    const value = entries.get(key) as T;
    entries.delete(key);
    entries.set(key, value);
    return value;
  }
  const value = await compute();
  entries.set(key, value);
  if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  return value;
}
