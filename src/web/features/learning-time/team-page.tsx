import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { hoursAndMinutes } from './hours.ts';
import { type TeamWeek, teamQuery } from './queries.ts';

type Member = TeamWeek['members'][number];

/** The manager's view: per report the norm, reserved and learned time this week (never what). */
export function TeamPage() {
  const { t } = useTranslation('learning-time');
  const team = useQuery(teamQuery());
  if (team.isPending) return <Loading />;
  if (team.isError) return <QueryError error={team.error} />;
  const h = (m: number) => hoursAndMinutes(m, t('hourUnit'));
  const columns: Column<Member>[] = [
    { id: 'name', header: t('team.person'), cell: (m) => m.person.displayName },
    { id: 'norm', header: t('week.norm'), cell: (m) => h(m.normMinutes) },
    { id: 'reserved', header: t('week.reserved'), cell: (m) => h(m.reservedMinutes) },
    { id: 'learned', header: t('week.learned'), cell: (m) => h(m.learnedMinutes) },
  ];
  return (
    <div className="space-y-4">
      <PageHeader title={t('team.title')} description={t('team.intro')} />
      <Card title={t('week.totals', { from: team.data.weekStart, to: team.data.weekEnd })} titleId="lt-team">
        <DataTable
          label={t('team.title')}
          rows={team.data.members}
          columns={columns}
          rowKey={(m) => m.person.id}
          emptyTitle={t('team.empty')}
        />
      </Card>
    </div>
  );
}
