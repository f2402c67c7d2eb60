import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/client.ts';
import { AccountBadge, Avatar, StatusBadge } from '../../components/badge.tsx';
import { type Column, DataTable, type TableSort } from '../../components/data-table.tsx';
import { useFormat } from '../../components/format.ts';

type ServerSort = 'name' | 'jobTitle' | 'unit' | 'startDate';

/**
 * People as a table; on a phone the less important columns fold away. The directory sorts on the
 * server (`sortedBy` "name" / "-name" …); a short list (a team) sorts in the browser.
 */
export function PeopleTable({
  people,
  caption,
  showHrColumns,
  sortedBy,
  onSortChange,
}: {
  people: Person[];
  caption: string;
  showHrColumns: boolean;
  sortedBy?: string;
  onSortChange?: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Person>[] = [
    {
      id: 'name',
      header: t('fields.name'),
      isSortable: true,
      sortValue: (person) => person.displayName,
      cell: (person) => (
        <div className="flex items-center gap-3">
          <Avatar name={person.displayName} size="sm" />
          <div className="min-w-0">
            <Link
              to="/people/$personId"
              params={{ personId: person.id }}
              className="font-medium text-slate-900 hover:underline"
            >
              {person.displayName}
            </Link>
            <p className="truncate text-xs text-slate-600 md:hidden">{person.jobTitle ?? ''}</p>
            <p className="hidden truncate text-xs text-slate-500 md:block">{person.email}</p>
          </div>
        </div>
      ),
    },
    {
      id: 'jobTitle',
      header: t('fields.jobTitle'),
      isSortable: true,
      sortValue: (person) => person.jobTitle,
      className: 'hidden md:table-cell',
      cell: (person) => person.jobTitle ?? '—',
    },
    {
      id: 'unit',
      header: t('fields.unit'),
      isSortable: true,
      sortValue: (person) => person.orgUnit?.name,
      className: 'hidden lg:table-cell',
      cell: (person) => person.orgUnit?.name ?? '—',
    },
    {
      id: 'manager',
      header: t('fields.manager'),
      sortValue: (person) => person.manager?.name,
      className: 'hidden xl:table-cell',
      cell: (person) => person.manager?.name ?? '—',
    },
  ];
  if (showHrColumns)
    columns.push(
      {
        id: 'startDate',
        header: t('fields.startDate'),
        isSortable: true,
        sortValue: (person) => person.startDate,
        className: 'hidden whitespace-nowrap xl:table-cell',
        cell: (person) => format.date(person.startDate),
      },
      {
        id: 'status',
        header: t('fields.status'),
        cell: (person) => (
          // Only what needs attention stands out; an active person with an account is the norm.
          <div className="flex flex-wrap gap-1">
            {person.status === 'active' ? (
              <span className="text-slate-600">{t('person.status.active')}</span>
            ) : (
              <StatusBadge status={person.status} />
            )}
            {person.account && person.account !== 'active' && <AccountBadge account={person.account} />}
          </div>
        ),
      },
    );
  const serverSort: TableSort | undefined = sortedBy
    ? {
        columnId: sortedBy.replace(/^-/, ''),
        direction: sortedBy.startsWith('-') ? 'descending' : 'ascending',
      }
    : undefined;
  return (
    <DataTable
      label={caption}
      columns={columns}
      rows={people}
      rowKey={(person) => person.id}
      emptyTitle={t('people.empty')}
      sort={serverSort}
      onSortChange={
        onSortChange &&
        ((sort) =>
          onSortChange(`${sort.direction === 'descending' ? '-' : ''}${sort.columnId as ServerSort}`))
      }
    />
  );
}
