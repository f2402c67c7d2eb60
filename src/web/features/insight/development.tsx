import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './chart-card.tsx';
import { developmentQuery, type Filters } from './queries.ts';

const pct = (value: number | null) => (value === null ? null : `${value}%`);

/** Budget use by unit and what it bought, conversation-cycle completion, skills gaps then and now. */
export function OrganisationDevelopment({ filters }: { filters: Filters }) {
  const { t, i18n } = useTranslation('insight');
  const development = useQuery(developmentQuery(filters));
  if (!development.data) return null;
  const { budgets, cycles, skills, threshold, hiddenSkills } = development.data;
  const locale = i18n.language.startsWith('en') ? 'en' : 'nl';
  const money = (cents: number | null) =>
    cents === null
      ? null
      : new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const smallGroups = (hidden: number) =>
    hidden > 0 ? (
      <p className="text-sm text-slate-600">{t('development.hidden', { count: hidden, threshold })}</p>
    ) : null;
  const unitRows = budgets.units.map((row) => ({ ...row, label: row.unitName ?? t('figures.noUnit') }));
  return (
    <>
      <ChartCard
        title={t('development.budgets', { year: budgets.year })}
        fileName="budget-use-by-unit"
        note={
          <>
            {budgets.totals ? (
              <p className="text-sm text-slate-700">
                {t('development.budgetTotals', {
                  used: money(budgets.totals.committedCents + budgets.totals.spentCents),
                  available: money(budgets.totals.availableCents),
                  share: pct(budgets.totals.usedShare) ?? '—',
                  people: budgets.totals.people,
                })}
              </p>
            ) : (
              <p className="text-sm text-slate-600">{t('development.tooFew', { threshold })}</p>
            )}
            {smallGroups(budgets.hiddenUnits)}
          </>
        }
        rows={unitRows}
        hasFigures={unitRows.some((row) => row.availableCents > 0)}
        chartHeight={Math.max(256, unitRows.length * 32 + 80)}
        columns={[
          { id: 'unit', header: t('figures.unit'), value: (r) => r.label },
          { id: 'people', header: t('development.budgetPeople'), value: (r) => r.people },
          { id: 'available', header: t('development.available'), value: (r) => money(r.availableCents) },
          { id: 'committed', header: t('development.committed'), value: (r) => money(r.committedCents) },
          { id: 'spent', header: t('development.spent'), value: (r) => money(r.spentCents) },
          { id: 'share', header: t('development.usedShare'), value: (r) => pct(r.usedShare) },
          { id: 'requests', header: t('development.requests'), value: (r) => r.requests },
        ]}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              layout="vertical"
              margin={{ left: 8, right: 16 }}
              data={unitRows.map((row) => ({
                label: row.label,
                spent: row.spentCents / 100,
                committed: row.committedCents / 100,
                left: Math.max(0, row.availableCents - row.spentCents - row.committedCents) / 100,
              }))}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" />
              <YAxis type="category" dataKey="label" width={170} interval={0} />
              <Tooltip />
              <Legend />
              <Bar dataKey="spent" stackId="b" name={t('development.spent')} fill="#0f766e" />
              <Bar dataKey="committed" stackId="b" name={t('development.committed')} fill="#b45309" />
              <Bar dataKey="left" stackId="b" name={t('development.left')} fill="#cbd5e1" />
            </BarChart>
          </ResponsiveContainer>
        }
      />
      <ChartCard
        title={t('development.purchases')}
        fileName="what-budgets-bought"
        note={
          budgets.otherPurchasesCents ? (
            <p className="text-sm text-slate-600">
              {t('development.otherPurchases', { amount: money(budgets.otherPurchasesCents), threshold })}
            </p>
          ) : null
        }
        rows={budgets.purchases}
        columns={[
          { id: 'provider', header: t('development.provider'), value: (r) => r.provider },
          { id: 'people', header: t('figures.people'), value: (r) => r.people },
          { id: 'requests', header: t('development.requests'), value: (r) => r.requests },
          { id: 'amount', header: t('development.amount'), value: (r) => money(r.cents) },
        ]}
      />
      <ChartCard
        title={t('development.cycles')}
        fileName="conversation-cycle-completion"
        note={<p className="text-sm text-slate-600">{t('development.cyclesNote', { threshold })}</p>}
        rows={cycles}
        hasFigures={cycles.some((row) => row.counts)}
        columns={[
          { id: 'cycle', header: t('development.cycle'), value: (r) => r.name },
          { id: 'period', header: t('development.cyclePeriod'), value: (r) => `${r.startsOn} – ${r.endsOn}` },
          {
            id: 'conversations',
            header: t('development.conversations'),
            value: (r) => r.counts?.conversations ?? '—',
          },
          { id: 'prepared', header: t('development.prepared'), value: (r) => r.counts?.prepared ?? '—' },
          { id: 'held', header: t('development.held'), value: (r) => r.counts?.held ?? '—' },
          { id: 'signed', header: t('development.signed'), value: (r) => r.counts?.signed ?? '—' },
          {
            id: 'rate',
            header: t('development.completionRate'),
            value: (r) => pct(r.counts?.completionRate ?? null) ?? '—',
          },
        ]}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={cycles.filter((row) => row.counts).map((row) => ({ name: row.name, ...row.counts }))}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="conversations" name={t('development.conversations')} fill="#cbd5e1" />
              <Bar dataKey="held" name={t('development.held')} fill="#b45309" />
              <Bar dataKey="signed" name={t('development.signed')} fill="#0f766e" />
            </BarChart>
          </ResponsiveContainer>
        }
      />
      <ChartCard
        title={t('development.skills')}
        fileName="skills-gaps"
        note={
          <>
            <p className="text-sm text-slate-600">{t('development.skillsNote')}</p>
            {smallGroups(hiddenSkills)}
          </>
        }
        rows={skills}
        columns={[
          { id: 'skill', header: t('development.skill'), value: (r) => r.skill.name[locale] },
          { id: 'demand', header: t('development.demand'), value: (r) => r.demand },
          { id: 'gapThen', header: t('development.gapThen'), value: (r) => r.atStart.totalGap },
          { id: 'gapNow', header: t('development.gapNow'), value: (r) => r.atEnd.totalGap },
          { id: 'belowNow', header: t('development.belowNow'), value: (r) => r.atEnd.belowTarget },
          { id: 'notAssessed', header: t('development.notAssessed'), value: (r) => r.atEnd.notAssessed },
          { id: 'closed', header: t('development.closed'), value: (r) => r.closed },
        ]}
        chart={
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              layout="vertical"
              margin={{ left: 8, right: 16 }}
              data={skills.slice(0, 12).map((row) => ({
                name: row.skill.name[locale],
                atStart: row.atStart.totalGap,
                atEnd: row.atEnd.totalGap,
              }))}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={170} interval={0} />
              <Tooltip />
              <Legend />
              <Bar dataKey="atStart" name={t('development.gapThen')} fill="#cbd5e1" />
              <Bar dataKey="atEnd" name={t('development.gapNow')} fill="#0f766e" />
            </BarChart>
          </ResponsiveContainer>
        }
        chartHeight={Math.max(256, Math.min(skills.length, 12) * 40 + 80)}
      />
    </>
  );
}
