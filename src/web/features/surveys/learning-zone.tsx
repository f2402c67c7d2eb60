import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { type LearningZone, learningZoneQuery, type Quadrant } from './queries.ts';
import { ZoneChart } from './zone-chart.tsx';
import { ZoneTips } from './zone-tips.tsx';

type Team = LearningZone['teams'][number];

/** The Learning Zone check: teams on safety × accountability, the move since the last round, and what to do. */
export function LearningZonePage() {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const zone = useQuery(learningZoneQuery());
  if (zone.isPending) return <Loading />;
  if (zone.isError) return <QueryError error={zone.error} />;
  const { round, previousRound, teams, threshold } = zone.data;
  const shown = teams.filter((team) => team.current);
  const score = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));
  const columns: Column<Team>[] = [
    { id: 'team', header: t('zone.team'), sortValue: (team) => team.name, cell: (team) => team.name },
    {
      id: 'zone',
      header: t('zone.zone'),
      cell: (team) => (team.current ? t(`zone.quadrant.${team.current.quadrant}`) : t('zone.hidden')),
    },
    { id: 'safety', header: t('zone.safety'), cell: (team) => score(team.current?.safety) },
    {
      id: 'accountability',
      header: t('zone.accountability'),
      cell: (team) => score(team.current?.accountability),
    },
    {
      id: 'trend',
      header: t('zone.trend'),
      cell: (team) =>
        team.previous && team.current
          ? team.previous.quadrant === team.current.quadrant
            ? t('zone.stayed', { zone: t(`zone.quadrant.${team.current.quadrant}`) })
            : t('zone.moved', {
                from: t(`zone.quadrant.${team.previous.quadrant}`),
                to: t(`zone.quadrant.${team.current.quadrant}`),
              })
          : '—',
    },
    {
      id: 'respondents',
      header: t('zone.respondents'),
      className: 'hidden sm:table-cell',
      cell: (team) => team.respondents ?? '—',
    },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t('zone.title')} description={t('zone.intro')} />
      {!round ? (
        <EmptyState title={t('zone.noRound')} />
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t('zone.roundInfo', { title: round.title, date: format.date(round.closedAt) })}
            {previousRound && ` ${t('zone.comparedWith', { title: previousRound.title })}`}
          </p>
          <p
            className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
            role="note"
          >
            {t('zone.threshold', { count: threshold })}
          </p>
          {teams.length === 0 ? (
            <EmptyState title={t('zone.noTeams')} />
          ) : (
            <>
              <Card title={t('zone.chartTitle')} titleId="zone-chart">
                <ZoneChart teams={teams} />
                <p className="mt-2 text-xs text-slate-600">{t('zone.legend')}</p>
              </Card>
              <DataTable
                label={t('zone.tableTitle')}
                isCaptionShown
                columns={columns}
                rows={teams}
                rowKey={(team) => team.unitId}
                emptyTitle={t('zone.noTeams')}
              />
              <ZoneTips present={[...new Set(shown.map((team) => team.current!.quadrant as Quadrant))]} />
            </>
          )}
        </>
      )}
    </div>
  );
}
