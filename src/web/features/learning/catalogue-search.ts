import type { BrowseFilters } from './learning-api.ts';

export const formatFilters = [
  'article',
  'video',
  'audio',
  'document',
  'link',
  'quiz',
  'assignment',
  'course',
  'path',
];

export function catalogueSearch(search: Record<string, unknown>): BrowseFilters {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const number = (value: unknown) => (Number(value) > 0 ? Number(value) : undefined);
  return {
    q: text(search.q),
    format: text(search.format),
    maxMinutes: number(search.maxMinutes),
    language: search.language === 'nl' || search.language === 'en' ? search.language : undefined,
    topic: text(search.topic),
    skillId: text(search.skillId),
    isNew: search.isNew === true || search.isNew === 'true' ? true : undefined,
    sort: (['relevance', 'newest', 'title', 'shortest'] as const).find((sort) => sort === search.sort),
    page: number(search.page),
  };
}
