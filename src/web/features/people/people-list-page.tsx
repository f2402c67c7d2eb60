import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ButtonLink } from '../../components/button.tsx';
import { inputClass, SelectField } from '../../components/field.tsx';
import { PageHeader } from '../../components/page.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { buildUnitTree, flattenTree, UnitOptions, useOrgUnits } from '../org/index.ts';
import { InviteMany } from './invite-many.tsx';
import {
  accountFilters,
  type PeopleSearch,
  personSorts,
  personStatuses,
  roleFilters,
} from './people-search.ts';
import { PeopleTable } from './people-table.tsx';

const route = getRouteApi('/_app/people');
const pageSize = 25;

export function PeopleListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canReadHr = can(me, 'people.read_hr');
  const units = useOrgUnits();
  const searchId = useId();
  const filtersId = useId();
  const [isFilterOpen, setIsFilterOpen] = useState(false);

  const update = (changes: Partial<PeopleSearch>) =>
    void navigate({
      search: (previous) => ({ ...previous, page: undefined, ...changes }),
      replace: true,
    });

  // Type freely: the list follows 300 ms after the last key.
  const [query, setQuery] = useState(search.q ?? '');
  useEffect(() => {
    const trimmed = query.trim() || undefined;
    if (trimmed === search.q) return;
    const timer = setTimeout(
      () =>
        void navigate({
          search: (previous) => ({ ...previous, page: undefined, q: trimmed }),
          replace: true,
        }),
      300,
    );
    return () => clearTimeout(timer);
  }, [query, search.q, navigate]);

  const people = useQuery({
    queryKey: ['people', search],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/people', {
          params: {
            query: { ...search, page: search.page ?? 1, pageSize, status: search.status ?? 'current' },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const statuses = canReadHr ? personStatuses : personStatuses.filter((s) => s !== 'left' && s !== 'all');
  const roles = canReadHr ? roleFilters : roleFilters.filter((role) => role === 'manager');
  const sorts = canReadHr ? personSorts : personSorts.filter((sort) => !sort.endsWith('startDate'));
  const hasFilters = Boolean(search.q || search.orgUnitId || search.status || search.role || search.account);
  // Bulk invitation follows the unit filter only, so offer it when nothing else narrows the list.
  const canInviteShown =
    can(me, 'people.manage') && search.account === 'none' && !search.q && !search.role && !search.status;
  const unitName = units.data?.find((unit) => unit.id === search.orgUnitId)?.name;

  return (
    <>
      <PageHeader
        title={t('people.title')}
        description={t('people.description')}
        actions={can(me, 'people.manage') && <ButtonLink to="/people/new">{t('people.add')}</ButtonLink>}
      />
      <search
        aria-label={t('people.filters')}
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
      >
        <div className="space-y-1.5 sm:col-span-2 lg:col-span-1">
          <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
            {t('people.search')}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('people.searchPlaceholder')}
            className={inputClass}
          />
        </div>
        <button
          type="button"
          aria-expanded={isFilterOpen}
          aria-controls={filtersId}
          onClick={() => setIsFilterOpen(!isFilterOpen)}
          className="text-left text-sm font-medium text-teal-700 sm:hidden"
        >
          {isFilterOpen ? t('people.hideFilters') : t('people.showFilters')}
        </button>
        <div id={filtersId} className={`${isFilterOpen ? 'grid' : 'hidden'} gap-3 sm:contents`}>
          <SelectField
            label={t('fields.unit')}
            value={search.orgUnitId ?? ''}
            onChange={(event) => update({ orgUnitId: event.target.value || undefined })}
          >
            <option value="">{t('people.allUnits')}</option>
            <UnitOptions units={flattenTree(buildUnitTree(units.data ?? []))} />
          </SelectField>
          <SelectField
            label={t('fields.status')}
            value={search.status ?? 'current'}
            onChange={(event) =>
              update({
                status:
                  event.target.value === 'current'
                    ? undefined
                    : (event.target.value as PeopleSearch['status']),
              })
            }
          >
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`people.statusFilter.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('fields.role')}
            value={search.role ?? ''}
            onChange={(event) => update({ role: (event.target.value || undefined) as PeopleSearch['role'] })}
          >
            <option value="">{t('people.allRoles')}</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </SelectField>
          {canReadHr && (
            <SelectField
              label={t('people.accountFilter.label')}
              value={search.account ?? ''}
              onChange={(event) =>
                update({ account: (event.target.value || undefined) as PeopleSearch['account'] })
              }
            >
              <option value="">{t('people.accountFilter.any')}</option>
              {accountFilters.map((account) => (
                <option key={account} value={account}>
                  {t(`person.account.${account}`)}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            label={t('people.sortBy')}
            value={search.sort ?? 'name'}
            onChange={(event) =>
              update({
                sort:
                  event.target.value === 'name' ? undefined : (event.target.value as PeopleSearch['sort']),
              })
            }
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`people.sort.${sort}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </search>

      <p aria-live="polite" className="mb-2 flex items-center justify-between text-sm text-slate-600">
        <span>{people.data ? t('people.found', { count: people.data.total }) : ''}</span>
        {hasFilters && (
          <button
            type="button"
            onClick={() => {
              setQuery('');
              void navigate({ search: {}, replace: true });
            }}
            className="font-medium text-teal-700 hover:underline"
          >
            {t('people.clearFilters')}
          </button>
        )}
      </p>

      {canInviteShown && people.data && (
        <InviteMany
          key={search.orgUnitId ?? 'all'}
          count={people.data.total}
          orgUnitId={search.orgUnitId}
          unitName={unitName}
        />
      )}

      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <QueryError error={people.error} />
      ) : people.data.items.length === 0 ? (
        <EmptyState title={t('people.empty')}>{hasFilters && t('people.emptyHint')}</EmptyState>
      ) : (
        <div aria-busy={people.isFetching} className={people.isPlaceholderData ? 'opacity-60' : ''}>
          <PeopleTable
            people={people.data.items}
            caption={t('people.title')}
            showHrColumns={canReadHr}
            sortedBy={search.sort ?? 'name'}
            onSortChange={(sort) =>
              void navigate({
                search: (previous) => ({
                  ...previous,
                  page: undefined,
                  sort: sort === 'name' ? undefined : (sort as PeopleSearch['sort']),
                }),
              })
            }
          />
          <Pagination
            page={people.data.page}
            pageSize={people.data.pageSize}
            total={people.data.total}
            onPageChange={(page) =>
              void navigate({ search: (previous) => ({ ...previous, page: page > 1 ? page : undefined }) })
            }
          />
        </div>
      )}
    </>
  );
}
