import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { ChartCard } from './chart-card.tsx';
import { myGrowthQuery, teamQuery } from './queries.ts';
import { ReportMailSwitch } from './report-mail.tsx';

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
      <ReportMailSwitch />
      <dl className="grid gap-4 sm:grid-cols-3">
        <Figure label={t('team.activeLearners')} value={`${totals.activeLearners} / ${totals.members}`} />
        <Figure label={t('team.completions')} value={totals.completions} />
        <Figure label={t('team.overdue')} value={totals.overdueAssignments} />
        <Figure
          label={t('team.plansAgreed')}
          value={`${(totals.planStates.agreed ?? 0) + (totals.planStates.reviewed ?? 0)} / ${totals.members}`}
        />
        <Figure
          label={t('team.conversationsSigned')}
          value={`${totals.conversationStates.signed} / ${totals.members}`}
        />
        <Figure label={t('team.agreementsOverdue')} value={totals.agreements.overdue} />
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
      <ChartCard
        title={t('team.people')}
        fileName="team-conversations-agreements"
        note={t('team.peopleNote')}
        rows={members}
        hasFigures={members.length > 0}
        columns={[
          { id: 'name', header: t('team.person'), value: (r) => r.person.displayName },
          {
            id: 'conversation',
            header: t('team.conversation'),
            value: (r) => t(`conversationState.${r.conversation.state}`),
          },
          { id: 'cycle', header: t('team.cycle'), value: (r) => r.conversation.cycleName },
          { id: 'open', header: t('team.agreementsOpen'), value: (r) => r.agreements.open },
          { id: 'kept', header: t('team.agreementsKept'), value: (r) => r.agreements.kept },
          { id: 'overdue', header: t('team.agreementsOverdueShort'), value: (r) => r.agreements.overdue },
        ]}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={(['none', 'open', 'prepared', 'held', 'signed'] as const).map((state) => ({
                name: t(`conversationState.${state}`),
                people: totals.conversationStates[state],
              }))}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="people" name={t('team.conversationsChart')} fill="#0f766e" />
            </BarChart>
          </ResponsiveContainer>
        }
      />
    </div>
  );
}

/** Mijn groei: my week against the norm, my last 12 months, what I finished, my plan goals. */
export function MyGrowthPage() {
  const { t, i18n } = useTranslation('insight');
  const growth = useQuery(myGrowthQuery());
  if (growth.isPending) return <Loading />;
  if (growth.isError) return <QueryError error={growth.error} />;
  const { week, months, year, planGoals, since, skillsGrown, badges } = growth.data;
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  // Days (yyyy-mm-dd) are calendar days: format them in UTC so they never shift a day.
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, iso.length === 10 ? { timeZone: 'UTC' } : {}).format(
      new Date(iso),
    );
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
        <Figure label={t('me.skillsCount')} value={skillsGrown.length} />
        <Figure label={t('me.badgesCount')} value={badges.length} />
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
      <ChartCard
        title={t('me.skillsGrown', { since: date(since) })}
        fileName="my-skills-grown"
        rows={skillsGrown}
        columns={[
          { id: 'skill', header: t('me.skill'), value: (r) => r.skill.name[locale] },
          { id: 'from', header: t('me.from'), value: (r) => r.fromLevel },
          { id: 'to', header: t('me.to'), value: (r) => r.toLevel },
          { id: 'ratedOn', header: t('me.ratedOn'), value: (r) => date(r.ratedOn) },
        ]}
        chart={
          skillsGrown.length ? (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                layout="vertical"
                margin={{ left: 8, right: 16 }}
                data={skillsGrown.map((r) => ({
                  name: r.skill.name[locale],
                  from: r.fromLevel,
                  to: r.toLevel,
                }))}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={150} interval={0} />
                <Tooltip />
                <Legend />
                <Bar dataKey="from" name={t('me.from')} fill="#94a3b8" />
                <Bar dataKey="to" name={t('me.to')} fill="#0f766e" />
              </BarChart>
            </ResponsiveContainer>
          ) : undefined
        }
      />
      <ChartCard
        title={t('me.badges', { since: date(since) })}
        fileName="my-badges"
        rows={badges}
        columns={[
          { id: 'badge', header: t('me.badge'), value: (r) => r.name },
          { id: 'awardedOn', header: t('me.awardedOn'), value: (r) => date(r.awardedAt) },
        ]}
      />
    </div>
  );
}
