import type { SearchSchemaInput } from '@tanstack/react-router';

/** Where an item was opened from: a course or path keeps its outline and next/previous beside it. */
export type PlayerFrom = { course?: string; path?: string };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function itemSearch(search: { course?: unknown; path?: unknown } & SearchSchemaInput): PlayerFrom {
  const id = (value: unknown) => (typeof value === 'string' && uuid.test(value) ? value : undefined);
  const course = id(search.course);
  if (course) return { course };
  const path = id(search.path);
  return path ? { path } : {};
}
