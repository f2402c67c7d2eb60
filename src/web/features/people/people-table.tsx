import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/client.ts';
import { AccountBadge, Avatar, StatusBadge } from '../../components/badge.tsx';
import { useFormat } from '../../components/format.ts';

/** People as a table; on a phone the less important columns fold away. */
export function PeopleTable({
  people,
  caption,
  showHrColumns,
  sortedBy,
}: {
  people: Person[];
  caption: string;
  showHrColumns: boolean;
  sortedBy?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ariaSort = (field: string) =>
    sortedBy === field ? 'ascending' : sortedBy === `-${field}` ? 'descending' : undefined;
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" aria-sort={ariaSort('name')} className="px-4 py-3">
              {t('fields.name')}
            </th>
            <th scope="col" aria-sort={ariaSort('jobTitle')} className="hidden px-4 py-3 md:table-cell">
              {t('fields.jobTitle')}
            </th>
            <th scope="col" aria-sort={ariaSort('unit')} className="hidden px-4 py-3 lg:table-cell">
              {t('fields.unit')}
            </th>
            <th scope="col" className="hidden px-4 py-3 xl:table-cell">
              {t('fields.manager')}
            </th>
            {showHrColumns && (
              <>
                <th scope="col" aria-sort={ariaSort('startDate')} className="hidden px-4 py-3 xl:table-cell">
                  {t('fields.startDate')}
                </th>
                <th scope="col" className="px-4 py-3">
                  {t('fields.status')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {people.map((person) => (
            <tr key={person.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
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
              </td>
              <td className="hidden px-4 py-3 text-slate-700 md:table-cell">{person.jobTitle ?? '—'}</td>
              <td className="hidden px-4 py-3 text-slate-700 lg:table-cell">{person.orgUnit?.name ?? '—'}</td>
              <td className="hidden px-4 py-3 text-slate-700 xl:table-cell">{person.manager?.name ?? '—'}</td>
              {showHrColumns && (
                <>
                  <td className="hidden px-4 py-3 whitespace-nowrap text-slate-700 xl:table-cell">
                    {format.date(person.startDate)}
                  </td>
                  <td className="px-4 py-3">
                    {/* Only what needs attention stands out; an active person with an account is the norm. */}
                    <div className="flex flex-wrap gap-1">
                      {person.status === 'active' ? (
                        <span className="text-slate-600">{t('person.status.active')}</span>
                      ) : (
                        <StatusBadge status={person.status} />
                      )}
                      {person.account && person.account !== 'active' && (
                        <AccountBadge account={person.account} />
                      )}
                    </div>
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
