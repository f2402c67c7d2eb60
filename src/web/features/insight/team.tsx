import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { ChartCard } from './chart-card.tsx';
import { myGrowthQuery, teamQuery } from './queries.ts';

const Figure = ({ label, value }: { label: string; value: string | number }) => (
  <div className="rounded-lg border bg-white p-4">
    <dt className="text-sm text-slate-600">{label}</dt>
    <dd className="text-2xl font-semibold text-slate-900">{value}</dd>
  </div>
);

/** The manager's direct reports: time used vs reserved vs norm this week, this month's learning, plans. */
export function TeamInsightPage() {
  const { t } = useTranslation('insight');
  const team = useQuery(teamQuery());
  if (team.isPending) return <Loading />;
  if (team.isError) return <QueryError error={team.error} />;
  const { totals, members } = team.data;
  const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
  return (
    <div className="space-y-6">
      <PageHeader title={t('team.title')} description={t('team.intro')} />
      <dl className="grid gap-4 sm:grid-cols-4">
        <Figure label={t('team.activeLearners')} value={`${totals.activeLearners} / ${totals.members}`} />
        <Figure label={t('team.completions')} value={totals.completions} />
        <Figure label={t('team.overdue')} value={totals.overdueAssignments} />
        <Figure
          label={t('team.plansAgreed')}
          value={`${(totals.planStates.agreed ?? 0) + (totals.planStates.reviewed ?? 0)} / ${totals.members}`}
        />
      </dl>
      <ChartCard
        title={t('team.week', { from: team.data.weekStart, to: team.data.weekEnd })}
        fileName="team-learning-time"
        rows={members}
        hasFigures={members.some(
          (m) => m.week.learnedMinutes || m.week.reservedMinutes || m.week.normMinutes,
        )}
        chartHeight={Math.max(256, members.length * 36 + 80)}
        columns={[
          { id: 'name', header: t('team.person'), value: (r) => r.person.displayName },
          { id: 'learned', header: t('team.learnedHours'), value: (r) => hours(r.week.learnedMinutes) },
          { id: 'reserved', header: t('team.reservedHours'), value: (r) => hours(r.week.reservedMinutes) },
          { id: 'norm', header: t('team.normHours'), value: (r) => hours(r.week.normMinutes) },
          { id: 'month', header: t('team.monthHours'), value: (r) => hours(r.monthMinutes) },
          { id: 'done', header: t('team.completions'), value: (r) => r.monthCompletions },
          { id: 'plan', header: t('team.plan'), value: (r) => t(`planState.${r.planState}`) },
        ]}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              layout="vertical"
              margin={{ left: 8, right: 16 }}
              data={members.map((m) => ({
                name: m.person.displayName,
                learned: hours(m.week.learnedMinutes),
                reserved: hours(m.week.reservedMinutes),
                norm: hours(m.week.normMinutes),
              }))}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" />
              <YAxis type="category" dataKey="name" width={150} interval={0} />
              <Tooltip />
              <Legend />
              <Bar dataKey="learned" name={t('team.learnedHours')} fill="#0f766e" />
              <Bar dataKey="reserved" name={t('team.reservedHours')} fill="#5eead4" />
              <Bar dataKey="norm" name={t('team.normHours')} fill="#94a3b8" />
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </div>
  );
}

/** Mijn groei: my week against the norm, my last 12 months, what I finished, my plan goals. */
export function MyGrowthPage() {
  const { t } = useTranslation('insight');
  const growth = useQuery(myGrowthQuery());
  if (growth.isPending) return <Loading />;
  if (growth.isError) return <QueryError error={growth.error} />;
  const { week, months, year, planGoals } = growth.data;
  const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
  return (
    <div className="space-y-6">
      <PageHeader title={t('me.title')} description={t('me.intro')} />
      <dl className="grid gap-4 sm:grid-cols-4">
        <Figure
          label={t('me.thisWeek')}
          value={`${hours(week.learnedMinutes)} / ${hours(week.normMinutes)} ${t('me.hours')}`}
        />
        <Figure label={t('me.reserved')} value={`${hours(week.reservedMinutes)} ${t('me.hours')}`} />
        <Figure label={t('me.yearHours')} value={hours(year.minutes)} />
        <Figure label={t('me.yearFinished')} value={year.completions} />
      </dl>
      <ChartCard
        title={t('me.months')}
        fileName="my-learning-by-month"
        rows={months.map((m) => ({ ...m, hours: hours(m.minutes) }))}
        hasFigures={months.some((m) => m.minutes > 0 || m.completions > 0)}
        columns={[
          { id: 'month', header: t('figures.month'), value: (r) => r.month },
          { id: 'hours', header: t('figures.learningHours'), value: (r) => r.hours },
          { id: 'done', header: t('figures.completions'), value: (r) => r.completions },
        ]}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={months.map((m) => ({ ...m, hours: hours(m.minutes) }))}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis />
              <Tooltip />
              <Bar dataKey="hours" name={t('figures.learningHours')} fill="#0f766e" />
            </BarChart>
          </ResponsiveContainer>
        }
      />
      <ChartCard
        title={t('me.planGoals')}
        fileName="my-plan-goals"
        rows={planGoals}
        columns={[
          { id: 'goal', header: t('me.goal'), value: (r) => r.title },
          { id: 'status', header: t('me.status'), value: (r) => t(`goalStatus.${r.status}`) },
          { id: 'progress', header: t('me.progress'), value: (r) => `${r.progress}%` },
        ]}
      />
    </div>
  );
}
