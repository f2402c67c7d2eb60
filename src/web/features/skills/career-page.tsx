import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { useMe } from '../../lib/session.tsx';
import { entryLink } from '../learning/index.ts';
import { CareerGraph } from './career-graph.tsx';
import { RatingRequestDialog } from './rating-request-dialog.tsx';
import { LevelPill } from './skill-card.tsx';
import { useJobRoles, useLocalName, useSkillsMap } from './skills-api.ts';

/** "What would it take to become …?": pick a role, see the gaps largest first. */
export function CareerPage() {
  const { t } = useTranslation('skills');
  const { t: tl } = useTranslation('learning');
  const me = useMe();
  const name = useLocalName();
  const roles = useJobRoles();
  const map = useSkillsMap(me.person.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = map.data?.jobRole ?? null;
  const next = roles.data?.find((r) => r.id === current?.id)?.leadsTo[0];
  const targetRoleId = chosen ?? next ?? null;
  const gaps = useQuery({
    queryKey: ['skills', 'gaps', me.person.id, targetRoleId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/skills/people/{id}/gaps', {
          params: { path: { id: me.person.id }, query: { targetRoleId: targetRoleId ?? undefined } },
        }),
      ),
    enabled: Boolean(targetRoleId),
  });
  if (roles.isPending || map.isPending) return <Loading />;
  if (roles.isError) return <QueryError error={roles.error} />;
  if (map.isError) return <QueryError error={map.error} />;
  const sorted = [...roles.data].sort((a, b) => name(a.name).localeCompare(name(b.name)));
  return (
    <>
      <PageHeader
        title={t('career.title')}
        description={current ? t('career.current', { role: name(current.name) }) : t('map.noRole')}
      />
      <div className="space-y-6">
        <Card title={t('career.paths')} titleId="career-paths">
          <CareerGraph roles={roles.data} currentRoleId={current?.id} targetRoleId={targetRoleId} />
        </Card>
        <Card title={t('career.question')} titleId="career-question">
          <label className="block max-w-sm text-sm">
            <span className="mb-1 block font-medium text-slate-800">{t('career.targetRole')}</span>
            <select
              className="min-h-10 w-full rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
              value={targetRoleId ?? ''}
              onChange={(event) => setChosen(event.target.value || null)}
            >
              <option value="">{t('career.chooseRole')}</option>
              {sorted.map((role) => (
                <option key={role.id} value={role.id}>
                  {name(role.name)}
                </option>
              ))}
            </select>
          </label>
          {gaps.isPending && targetRoleId && <Loading />}
          {gaps.isError && <QueryError error={gaps.error} />}
          {gaps.data && (
            <div className="mt-5">
              <p className="text-sm text-slate-700" role="status">
                {gaps.data.totalGap === 0 && gaps.data.notAssessedCount === 0
                  ? t('career.ready', { role: name(gaps.data.role!.name) })
                  : t('career.summary', {
                      role: name(gaps.data.role!.name),
                      count: gaps.data.gaps.filter((g) => g.gap > 0).length,
                      met: gaps.data.metCount,
                    })}
              </p>
              {gaps.data.notAssessedCount > 0 && (
                <div className="mt-3 flex flex-wrap items-center gap-3 rounded-lg bg-sky-50 p-3 text-sm text-sky-900">
                  <p className="flex-1">{t('career.notAssessed', { count: gaps.data.notAssessedCount })}</p>
                  <RatingRequestDialog
                    skills={map.data.skills.filter((s) =>
                      gaps.data.gaps.some((g) => !g.isAssessed && g.skill.id === s.skill.id),
                    )}
                  />
                </div>
              )}
              {gaps.data.gaps.length === 0 ? (
                <EmptyState title={t('career.noProfile')} />
              ) : (
                <ol className="mt-3 space-y-2" aria-label={t('career.gapsList')}>
                  {gaps.data.gaps.map((gap) => (
                    <li
                      key={gap.skill.id}
                      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 px-4 py-3"
                    >
                      <span className="font-medium text-slate-900">{name(gap.skill.name)}</span>
                      <span className="flex items-center gap-3 text-sm text-slate-600">
                        {gap.isAssessed ? (
                          <LevelPill level={gap.currentLevel} target={gap.targetLevel} />
                        ) : (
                          <Badge tone="blue">{t('notAssessed')}</Badge>
                        )}
                        <span>{t('career.toward', { target: gap.targetLevel })}</span>
                        {gap.isAssessed && (
                          <strong className={gap.gap > 0 ? 'text-red-800' : 'text-emerald-800'}>
                            {gap.gap > 0 ? t('career.gap', { count: gap.gap }) : t('career.met')}
                          </strong>
                        )}
                      </span>
                      {(gap.gap > 0 || !gap.isAssessed) && (
                        <div className="w-full text-xs text-slate-500">
                          {gap.learning === null ? (
                            t('career.learningLater')
                          ) : gap.learning.length === 0 ? (
                            t('career.noLearning')
                          ) : (
                            <ul
                              className="flex flex-wrap gap-x-4 gap-y-1"
                              aria-label={t('career.learningFor')}
                            >
                              {gap.learning.map((l) => (
                                <li key={`${l.type}:${l.id}`}>
                                  <Link
                                    {...entryLink(l)}
                                    className="font-medium text-teal-800 hover:underline"
                                  >
                                    {l.title}
                                  </Link>{' '}
                                  <span>
                                    ({tl(`formats.${l.format}`)}
                                    {l.durationMinutes
                                      ? `, ${tl('minutes', { count: l.durationMinutes })}`
                                      : ''}
                                    )
                                  </span>
                                </li>
                              ))}
                            </ul>
                          )}
                        </div>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
