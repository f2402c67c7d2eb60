import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { buttonClass } from '../../components/button.tsx';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { levelTone, useLocalName } from './skills-api.ts';
import { UnitSelect } from './unit-select.tsx';

type Sort = { by: 'name' } | { by: 'skill'; skillId: string };

/** People × skills as a heat map: colour by level, red/amber below the role's target. */
export function TeamMatrixPage() {
  const { t } = useTranslation('skills');
  const me = useMe();
  const name = useLocalName();
  const [unitId, setUnitId] = useState('');
  const [sort, setSort] = useState<Sort>({ by: 'name' });
  const matrix = useQuery({
    queryKey: ['skills', 'matrix', unitId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/skills/team-matrix', {
          params: { query: { unitId: unitId || undefined, format: 'json' } },
        }),
      ),
  });
  const exportHref = (format: 'csv' | 'xlsx') =>
    `/api/v1/skills/team-matrix?format=${format}${unitId ? `&unitId=${unitId}` : ''}`;
  return (
    <>
      <PageHeader
        title={t('matrix.title')}
        description={t('matrix.description')}
        actions={
          <>
            <a href={exportHref('csv')} className={buttonClass('secondary')} download>
              {t('matrix.exportCsv')}
            </a>
            <a href={exportHref('xlsx')} className={buttonClass('secondary')} download>
              {t('matrix.exportXlsx')}
            </a>
          </>
        }
      />
      {can(me, 'skills.insight') && (
        <div className="mb-4">
          <UnitSelect value={unitId} onChange={setUnitId} emptyLabel={t('matrix.myReports')} />
        </div>
      )}
      {matrix.isPending ? (
        <Loading />
      ) : matrix.isError ? (
        <QueryError error={matrix.error} />
      ) : matrix.data.people.length === 0 ? (
        <EmptyState title={t('matrix.empty')} />
      ) : (
        (() => {
          const { people, skills } = matrix.data;
          const column = sort.by === 'skill' ? skills.findIndex((s) => s.id === sort.skillId) : -1;
          const sortedPeople =
            sort.by === 'name'
              ? people
              : [...people].sort((a, b) => (b.levels[column] ?? -1) - (a.levels[column] ?? -1));
          const spofs = skills.filter((s) => s.isSinglePointOfFailure);
          return (
            <>
              {spofs.length > 0 && (
                <div
                  role="note"
                  className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
                >
                  <strong>{t('matrix.spofTitle', { count: spofs.length })}</strong>{' '}
                  {spofs.map((s) => name(s.name)).join(', ')}
                </div>
              )}
              <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
                <table className="text-sm">
                  <caption className="sr-only">{t('matrix.caption')}</caption>
                  <thead>
                    <tr>
                      <th
                        scope="col"
                        className="sticky left-0 z-10 bg-white px-3 py-2 text-left"
                        aria-sort={sort.by === 'name' ? 'ascending' : 'none'}
                      >
                        <button
                          type="button"
                          className="font-semibold hover:underline"
                          onClick={() => setSort({ by: 'name' })}
                        >
                          {t('matrix.name')}
                        </button>
                      </th>
                      {skills.map((skill) => (
                        <th
                          key={skill.id}
                          scope="col"
                          className="h-40 min-w-10 align-bottom"
                          aria-sort={sort.by === 'skill' && sort.skillId === skill.id ? 'descending' : 'none'}
                        >
                          <button
                            type="button"
                            aria-label={t('matrix.sortBy', { skill: name(skill.name) })}
                            className={`mx-auto block max-h-40 rotate-180 text-left text-xs whitespace-nowrap [writing-mode:vertical-rl] hover:underline ${skill.isSinglePointOfFailure ? 'font-bold text-amber-800' : 'font-medium text-slate-700'}`}
                            onClick={() => setSort({ by: 'skill', skillId: skill.id })}
                          >
                            {name(skill.name)}
                          </button>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {sortedPeople.map((person) => (
                      <tr key={person.id} className="border-t border-slate-100">
                        <th
                          scope="row"
                          className="sticky left-0 z-10 bg-white px-3 py-1.5 text-left font-medium whitespace-nowrap"
                        >
                          <Link
                            to="/skills/people/$personId"
                            params={{ personId: person.id }}
                            className="hover:underline"
                          >
                            {person.displayName}
                          </Link>
                        </th>
                        {skills.map((skill, index) => {
                          const level = person.levels[index] ?? null;
                          const target = person.targets[index] ?? null;
                          const c = level === null && target === null ? null : { level, targetLevel: target };
                          return (
                            <td key={skill.id} className="p-0.5 text-center">
                              {c && c.level === null ? (
                                <span
                                  className="block rounded bg-sky-50 px-1 py-1 text-xs text-sky-900 ring-1 ring-sky-200 ring-inset"
                                  title={t('matrix.notAssessedTitle', { target: c.targetLevel ?? '–' })}
                                >
                                  ?<span className="sr-only"> {t('notAssessed')}</span>
                                </span>
                              ) : (
                                c && (
                                  <span
                                    className={`block rounded px-1 py-1 text-xs font-semibold ${levelTone(c.level, c.targetLevel)}`}
                                    title={t('matrix.cellTitle', {
                                      level: c.level ?? '–',
                                      target: c.targetLevel ?? '–',
                                    })}
                                  >
                                    {c.level ?? '–'}
                                    {c.targetLevel !== null && (
                                      <span className="font-normal">/{c.targetLevel}</span>
                                    )}
                                  </span>
                                )
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="mt-3 flex flex-wrap gap-2 text-xs text-slate-600">
                <Badge tone="red">{t('matrix.legendFar')}</Badge>
                <Badge tone="amber">{t('matrix.legendNear')}</Badge>
                <Badge tone="green">{t('matrix.legendMet')}</Badge>
                <Badge tone="blue">{t('matrix.legendNotAssessed')}</Badge>
                <span>{t('matrix.legendCell')}</span>
              </p>
            </>
          );
        })()
      )}
    </>
  );
}
