import { api, unwrap } from '../api/client.ts';
import type { EntityOption, EntitySource } from './entity-picker.tsx';

// What the entity picker can search: each source is a query-option factory per search term.

/** Everyone in the directory, by name, e-mail or job title. */
export const peopleSource: EntitySource = (term) => ({
  queryKey: ['picker', 'people', term],
  queryFn: async () => {
    const page = await unwrap(
      api.GET('/api/v1/people', {
        params: { query: { q: term || undefined, pageSize: 20, page: 1, sort: 'name' } },
      }),
    );
    return page.items.map(
      (person): EntityOption => ({
        id: person.id,
        label: person.displayName,
        description: person.jobTitle ?? undefined,
      }),
    );
  },
});

/** Skills of the framework, named in the reader's language. */
export const skillSource =
  (language: string): EntitySource =>
  (term) => ({
    queryKey: ['picker', 'skills', term, language],
    queryFn: async () => {
      const framework = await unwrap(
        api.GET('/api/v1/skills/framework', { params: { query: { q: term || undefined } } }),
      );
      return framework.skills.slice(0, 20).map(
        (skill): EntityOption => ({
          id: skill.id,
          label: language === 'en' ? skill.name.en : skill.name.nl,
        }),
      );
    },
  });

/** Organisation goals (the list is short: filtered here). */
export const goalSource: EntitySource = (term) => ({
  queryKey: ['picker', 'goals', term],
  queryFn: async () => {
    const goals = await unwrap(api.GET('/api/v1/goals'));
    const folded = term.toLocaleLowerCase();
    return goals
      .filter((goal) => goal.title.toLocaleLowerCase().includes(folded))
      .map((goal): EntityOption => ({ id: goal.id, label: goal.title }));
  },
});

/** Published learning in the catalogue: items, courses and paths. */
export const learningSource: EntitySource = (term) => ({
  queryKey: ['picker', 'learning', term],
  queryFn: async () => {
    const page = await unwrap(
      api.GET('/api/v1/catalogue', { params: { query: { q: term || undefined, pageSize: 20 } } }),
    );
    return page.items.map((entry): EntityOption => ({ id: `${entry.type}:${entry.id}`, label: entry.title }));
  },
});

/** Single learning items of the catalogue (no courses or paths), by their own id. */
export const contentItemSource: EntitySource = (term) => ({
  queryKey: ['picker', 'content-items', term],
  queryFn: async () => {
    const page = await unwrap(
      api.GET('/api/v1/catalogue', { params: { query: { q: term || undefined, pageSize: 20 } } }),
    );
    return page.items
      .filter((entry) => entry.type === 'content')
      .map((entry): EntityOption => ({ id: entry.id, label: entry.title }));
  },
});
