import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { useLocalName } from './skills-api.ts';
import { UnitSelect } from './unit-select.tsx';

/** Where the organisation (or a unit) falls short of what its role profiles and core competencies ask. */
export function OrganisationGapsPage() {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const format = useFormat();
  const [unitId, setUnitId] = useState('');
  const gaps = useQuery({
    queryKey: ['skills', 'organisation-gaps', unitId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/skills/organisation-gaps', { params: { query: { unitId: unitId || undefined } } }),
      ),
  });
  const max = Math.max(1, ...(gaps.data?.skills.map((s) => s.totalGap) ?? [1]));
  return (
    <>
      <PageHeader title={t('orgGaps.title')} description={t('orgGaps.description')} />
      <div className="mb-4">
        <UnitSelect value={unitId} onChange={setUnitId} emptyLabel={t('orgGaps.everyone')} />
      </div>
      {gaps.isPending ? (
        <Loading />
      ) : gaps.isError ? (
        <QueryError error={gaps.error} />
      ) : gaps.data.skills.length === 0 ? (
        <EmptyState title={t('orgGaps.empty')} />
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="px-4 py-3 text-left text-slate-600">
              {t('orgGaps.caption', { count: gaps.data.people })}
            </caption>
            <thead className="bg-slate-50 text-left text-xs text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t('orgGaps.skill')}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t('orgGaps.demand')}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t('orgGaps.belowTarget')}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t('notAssessed')}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t('orgGaps.totalGap')}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t('orgGaps.source')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {gaps.data.skills.map((row) => (
                <tr key={row.skill.id}>
                  <th scope="row" className="px-4 py-2 text-left font-medium">
                    {name(row.skill.name)}
                  </th>
                  <td className="px-4 py-2 text-right">{format.number(row.demand)}</td>
                  <td className="px-4 py-2 text-right">{format.number(row.belowTarget)}</td>
                  <td className="px-4 py-2 text-right text-slate-600">{format.number(row.notAssessed)}</td>
                  <td className="px-4 py-2">
                    <span className="flex items-center gap-2">
                      <span
                        className="h-2 rounded bg-red-300"
                        style={{ width: `${(row.totalGap / max) * 160}px` }}
                        aria-hidden="true"
                      />
                      {format.number(row.totalGap)}
                    </span>
                  </td>
                  <td className="px-4 py-2 text-slate-700">
                    {row.sources
                      .map((source) =>
                        source.kind === 'roleProfiles'
                          ? t('orgGaps.fromRoleProfiles')
                          : t('orgGaps.fromCompetency', {
                              name: source.competency.name,
                              level: source.targetLevel,
                            }),
                      )
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
