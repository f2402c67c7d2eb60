import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SelectField, TextField } from '../../components/field.tsx';
import { PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { buildUnitTree, flattenTree, UnitOptions, useOrgUnits } from '../org/index.ts';
import { ChartCard } from './chart-card.tsx';
import { GoalsAndRetention } from './coverage.tsx';
import { OrganisationDevelopment } from './development.tsx';
import { type Filters, organisationQuery, reportHref } from './queries.ts';
import { ReportMailSwitch } from './report-mail.tsx';

const pct = (value: number | null) => (value === null ? null : `${value}%`);

/** HR, L&D and the owner: learning by month and unit, where people stop, goal coverage, retention, cost. */
export function OrganisationInsightPage() {
  const { t, i18n } = useTranslation('insight');
  const [filters, setFilters] = useState<Filters>({});
  const units = useOrgUnits();
  const dashboard = useQuery(organisationQuery(filters));
  const money = (cents: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const set = (patch: Filters) => setFilters((current) => ({ ...current, ...patch }));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('organisation.title')}
        description={t('organisation.intro')}
        actions={
          <a
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
            href={reportHref(filters, i18n.language.startsWith('en') ? 'en' : 'nl')}
            download
          >
            {t('report.download')}
          </a>
        }
      />
      <form
        className="grid gap-3 sm:grid-cols-4"
        aria-label={t('filters.label')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          label={t('filters.from')}
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.target.value })}
        />
        <TextField
          label={t('filters.to')}
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => set({ to: e.target.value })}
        />
        <SelectField
          label={t('filters.unit')}
          value={filters.unitId ?? ''}
          onChange={(e) => set({ unitId: e.target.value, jobTitle: '' })}
        >
          <option value="">{t('filters.allUnits')}</option>
          <UnitOptions units={flattenTree(buildUnitTree(units.data ?? []))} />
        </SelectField>
        <TextField
          label={t('filters.jobTitle')}
          hint={t('filters.oneAtATime')}
          value={filters.jobTitle ?? ''}
          onChange={(e) => set({ jobTitle: e.target.value, unitId: '' })}
        />
      </form>
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError ? (
        <QueryError error={dashboard.error} />
      ) : (
        <>
          {dashboard.data.totals && dashboard.data.cost.timeCostCents !== null ? (
            <dl className="grid gap-4 sm:grid-cols-4">
              {[
                [
                  t('figures.activeLearners'),
                  `${dashboard.data.totals.activeLearners} / ${dashboard.data.totals.people}`,
                ],
                [t('figures.activeShare'), pct(dashboard.data.totals.activeShare) ?? '—'],
                [t('figures.learningHours'), String(dashboard.data.totals.learningHours)],
                [t('figures.timeCost'), money(dashboard.data.cost.timeCostCents)],
              ].map(([label, value]) => (
                <div key={label} className="rounded-lg border bg-white p-4">
                  <dt className="text-sm text-slate-600">{label}</dt>
                  <dd className="text-2xl font-semibold text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p
              role="status"
              className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
            >
              {t('development.tooFew', { threshold: dashboard.data.threshold })}
            </p>
          )}
          <ChartCard
            title={t('organisation.byMonth')}
            fileName="active-learners-by-month"
            rows={dashboard.data.months}
            hasFigures={dashboard.data.months.some((m) => m.activeLearners > 0 || m.learningHours > 0)}
            columns={[
              { id: 'month', header: t('figures.month'), value: (r) => r.month },
              { id: 'active', header: t('figures.activeLearners'), value: (r) => r.activeLearners },
              { id: 'hours', header: t('figures.learningHours'), value: (r) => r.learningHours },
              { id: 'done', header: t('figures.completions'), value: (r) => r.completions },
            ]}
            chart={
              <ResponsiveContainer width="100%" height="100%">
                <ComposedChart data={dashboard.data.months}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="month" />
                  <YAxis yAxisId="people" allowDecimals={false} />
                  <YAxis yAxisId="hours" orientation="right" />
                  <Tooltip />
                  <Legend />
                  <Bar
                    yAxisId="people"
                    dataKey="activeLearners"
                    name={t('figures.activeLearners')}
                    fill="#0f766e"
                  />
                  <Line
                    yAxisId="hours"
                    dataKey="learningHours"
                    name={t('figures.learningHours')}
                    stroke="#b45309"
                    strokeWidth={2}
                  />
                </ComposedChart>
              </ResponsiveContainer>
            }
          />
          <ChartCard
            title={t('organisation.byUnit')}
            fileName="learning-by-unit"
            note={
              dashboard.data.hiddenUnits > 0
                ? t('development.hidden', {
                    count: dashboard.data.hiddenUnits,
                    threshold: dashboard.data.threshold,
                  })
                : null
            }
            rows={dashboard.data.units}
            hasFigures={dashboard.data.units.some((u) => u.learningHours > 0)}
            chartHeight={Math.max(256, dashboard.data.units.length * 32 + 80)}
            columns={[
              { id: 'unit', header: t('figures.unit'), value: (r) => r.unitName ?? t('figures.noUnit') },
              { id: 'people', header: t('figures.people'), value: (r) => r.people },
              { id: 'active', header: t('figures.activeLearners'), value: (r) => r.activeLearners },
              { id: 'hours', header: t('figures.learningHours'), value: (r) => r.learningHours },
              { id: 'done', header: t('figures.completions'), value: (r) => r.completions },
            ]}
            chart={
              <ResponsiveContainer width="100%" height="100%">
                <BarChart
                  layout="vertical"
                  margin={{ left: 8, right: 16 }}
                  data={dashboard.data.units.map((u) => ({
                    ...u,
                    unitName: u.unitName ?? t('figures.noUnit'),
                  }))}
                >
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" />
                  <YAxis type="category" dataKey="unitName" width={170} interval={0} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="learningHours" name={t('figures.learningHours')} fill="#0f766e" />
                </BarChart>
              </ResponsiveContainer>
            }
          />
          <ChartCard
            title={t('organisation.items')}
            fileName="completion-and-drop-off"
            note={t('organisation.itemsNote')}
            rows={dashboard.data.items}
            columns={[
              { id: 'title', header: t('figures.learning'), value: (r) => r.subject.title },
              { id: 'format', header: t('figures.format'), value: (r) => r.subject.format },
              { id: 'started', header: t('figures.started'), value: (r) => r.started },
              { id: 'finished', header: t('figures.finishedOfStarted'), value: (r) => r.finishedOfStarted },
              { id: 'dropped', header: t('figures.droppedOff'), value: (r) => r.droppedOff },
              { id: 'rate', header: t('figures.completionRate'), value: (r) => pct(r.completionRate) },
            ]}
          />
          <ChartCard
            title={t('organisation.formats')}
            fileName="completion-by-format"
            rows={dashboard.data.formats}
            columns={[
              { id: 'format', header: t('figures.format'), value: (r) => r.format },
              { id: 'started', header: t('figures.started'), value: (r) => r.started },
              { id: 'dropped', header: t('figures.droppedOff'), value: (r) => r.droppedOff },
              { id: 'rate', header: t('figures.completionRate'), value: (r) => pct(r.completionRate) },
            ]}
          />
          <ChartCard
            title={t('organisation.ratings')}
            fileName="course-feedback"
            rows={dashboard.data.ratings}
            columns={[
              { id: 'title', header: t('figures.learning'), value: (r) => r.subject.title },
              { id: 'ratings', header: t('figures.ratings'), value: (r) => r.ratings },
              { id: 'average', header: t('figures.average'), value: (r) => r.average },
              { id: 'comment', header: t('figures.comment'), value: (r) => r.comments[0] ?? null },
            ]}
          />
        </>
      )}
      <GoalsAndRetention filters={filters} />
      <OrganisationDevelopment filters={filters} />
      <ReportMailSwitch />
    </div>
  );
}
