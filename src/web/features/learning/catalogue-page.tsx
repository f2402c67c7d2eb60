import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { inputClass } from '../../components/field.tsx';
import { PageHeader } from '../../components/page.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { ThemeStrip } from '../campaigns/index.ts';
import { formatFilters } from './catalogue-search.ts';
import { EntryCard } from './entry-card.tsx';
import {
  type BrowseFilters,
  useCatalogue,
  useForYou,
  useFrameworkSkills,
  useTopics,
} from './learning-api.ts';

function ForYouRow() {
  const { t } = useTranslation('learning');
  const forYou = useForYou();
  if (!forYou.data?.length) return null;
  return (
    <section aria-labelledby="for-you" className="mb-8">
      <h2 id="for-you" className="mb-3 text-base font-semibold text-slate-900">
        {t('catalogue.forYou')}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {forYou.data.slice(0, 4).map((entry) => (
          <EntryCard key={`${entry.type}:${entry.id}`} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

export function CataloguePage() {
  const { t, i18n } = useTranslation('learning');
  const filters = useSearch({ from: '/_app/learning/catalogue' });
  const navigate = useNavigate({ from: '/learning/catalogue' });
  const [query, setQuery] = useState(filters.q ?? '');
  const results = useCatalogue(filters);
  const topics = useTopics();
  const skills = useFrameworkSkills();
  const set = (changes: Partial<BrowseFilters>) =>
    navigate({ search: (previous: BrowseFilters) => ({ ...previous, ...changes, page: undefined }) });
  const selectedFormats = new Set(filters.format?.split(',') ?? []);
  const toggleFormat = (format: string) => {
    const next = new Set(selectedFormats);
    if (next.has(format)) next.delete(format);
    else next.add(format);
    set({ format: [...next].join(',') || undefined });
  };
  const isFiltering = Boolean(
    filters.q ||
      filters.format ||
      filters.maxMinutes ||
      filters.language ||
      filters.topic ||
      filters.skillId ||
      filters.isNew,
  );
  return (
    <>
      <PageHeader title={t('catalogue.title')} description={t('catalogue.description')} />
      <div className="mb-4 space-y-3">
        <ThemeStrip />
      </div>
      <form
        aria-label={t('catalogue.search')}
        className="mb-4 flex gap-2"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          set({ q: query.trim() || undefined });
        }}
      >
        <label htmlFor="catalogue-q" className="sr-only">
          {t('catalogue.search')}
        </label>
        <input
          id="catalogue-q"
          type="search"
          className={inputClass}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('catalogue.searchPlaceholder')}
        />
        <Button type="submit">{t('catalogue.search')}</Button>
      </form>
      <fieldset className="mb-3">
        <legend className="mb-2 text-sm font-medium text-slate-800">{t('catalogue.format')}</legend>
        <div className="flex flex-wrap gap-2">
          {formatFilters.map((format) => (
            <button
              key={format}
              type="button"
              aria-pressed={selectedFormats.has(format)}
              onClick={() => toggleFormat(format)}
              className="rounded-full px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset aria-pressed:bg-teal-700 aria-pressed:text-white aria-pressed:ring-teal-700"
            >
              {t(`formats.${format}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-5">
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t('catalogue.duration')}</span>
          <select
            className={inputClass}
            value={filters.maxMinutes ?? ''}
            onChange={(event) => set({ maxMinutes: Number(event.target.value) || undefined })}
          >
            <option value="">{t('catalogue.anyDuration')}</option>
            {[5, 10, 15, 30, 60].map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('catalogue.under', { count: minutes })}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t('catalogue.language')}</span>
          <select
            className={inputClass}
            value={filters.language ?? ''}
            onChange={(event) =>
              set({ language: (event.target.value || undefined) as 'nl' | 'en' | undefined })
            }
          >
            <option value="">{t('catalogue.anyLanguage')}</option>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t('catalogue.topic')}</span>
          <select
            className={inputClass}
            value={filters.topic ?? ''}
            onChange={(event) => set({ topic: event.target.value || undefined })}
          >
            <option value="">{t('catalogue.anyTopic')}</option>
            {topics.data?.topics.map((topic) => (
              <option key={topic.label} value={topic.label}>
                {topic.label} ({topic.count})
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t('catalogue.skill')}</span>
          <select
            className={inputClass}
            value={filters.skillId ?? ''}
            onChange={(event) => set({ skillId: event.target.value || undefined })}
          >
            <option value="">{t('catalogue.anySkill')}</option>
            {skills.data?.skills.map((skill) => (
              <option key={skill.id} value={skill.id}>
                {i18n.language === 'en' ? skill.name.en : skill.name.nl}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t('catalogue.sort')}</span>
          <select
            className={inputClass}
            value={filters.sort ?? 'relevance'}
            onChange={(event) => set({ sort: event.target.value as BrowseFilters['sort'] })}
          >
            {(['relevance', 'newest', 'title', 'shortest'] as const).map((sort) => (
              <option key={sort} value={sort}>
                {t(`catalogue.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-end gap-2 pb-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            className="size-4 accent-teal-700"
            checked={filters.isNew ?? false}
            onChange={(event) => set({ isNew: event.target.checked || undefined })}
          />
          {t('catalogue.onlyNew')}
        </label>
      </div>
      {!isFiltering && <ForYouRow />}
      <section
        aria-labelledby="results"
        aria-busy={results.isPlaceholderData || undefined}
        className={results.isPlaceholderData ? 'opacity-60' : undefined}
      >
        <h2 id="results" className="mb-3 text-base font-semibold text-slate-900">
          {isFiltering && !results.isPlaceholderData
            ? t('catalogue.results', { count: results.data?.total ?? 0 })
            : isFiltering
              ? t('catalogue.searching')
              : t('catalogue.all')}
        </h2>
        {results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <QueryError error={results.error} />
        ) : results.data.items.length === 0 ? (
          <EmptyState title={t('catalogue.empty')}>{t('catalogue.emptyHint')}</EmptyState>
        ) : (
          <>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {results.data.items.map((entry) => (
                <EntryCard key={`${entry.type}:${entry.id}`} entry={entry} />
              ))}
            </ul>
            <Pagination
              page={results.data.page}
              pageSize={results.data.pageSize}
              total={results.data.total}
              onPageChange={(page) =>
                navigate({ search: (previous: BrowseFilters) => ({ ...previous, page }) })
              }
            />
          </>
        )}
      </section>
    </>
  );
}
