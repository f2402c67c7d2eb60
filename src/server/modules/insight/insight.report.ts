import type { Ctx } from '../../core/context.ts';
import type { Locale } from '../../db/schema.ts';
import { insightReportTexts } from '../../messages/index.ts';
import { organisationDevelopment } from './insight.development.ts';
import { goalCoverageView, organisationDashboard, retentionView, type ScopeQuery } from './insight.read.ts';
import { type Table, writeReport } from './insight.report-layout.ts';
import { unitName } from './insight.repository.ts';

// The organisation dashboard as a PDF report (A4, tables of exactly the figures the screen shows, with
// the same filters and the same small-group rule): key figures, months (with a bar chart), units,
// completion and drop-off, goal coverage, retention with its caveat, budgets, cycles, skills gaps.

export async function organisationReport(ctx: Ctx, query: ScopeQuery & { locale?: Locale }) {
  const locale = query.locale ?? ctx.locale;
  const t = insightReportTexts(locale);
  const { locale: _locale, ...scope } = query;
  const [dashboard, goals, retention, development] = await Promise.all([
    organisationDashboard(ctx, scope),
    goalCoverageView(ctx, scope),
    retentionView(ctx, scope),
    organisationDevelopment(ctx, scope),
  ]);
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL');
  const money = (cents: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' })
      .format(cents / 100)
      .replace('\u00a0', ' ');
  const pct = (value: number | null) => (value === null ? '-' : `${number.format(value)}%`);
  // Too small a group: the table says so, and holds nothing (the rule is the dashboard's, in the query).
  const hidden = t.hidden({ threshold: String(dashboard.threshold) });
  const { totals, cost } = dashboard;
  const side = (group: { people: number; retained: number; percent: number | null } | null) =>
    group ? [`${group.retained} / ${group.people}`, pct(group.percent)] : ['-', '-'];
  const selection = [
    scope.unitId ? `${t.unit()} ${await unitName(ctx.db, scope.unitId)}`.trim() : null,
    scope.jobTitle ? `${t.jobTitle()} ${scope.jobTitle}` : null,
  ].filter(Boolean);
  const tables: Table[] = [
    {
      title: t.keyFigures(),
      note: totals ? undefined : hidden,
      columns: ['', ''],
      rows:
        totals && cost.timeCostCents !== null
          ? [
              [t.people(), number.format(totals.people)],
              [t.activeLearners(), number.format(totals.activeLearners)],
              [t.activeShare(), pct(totals.activeShare)],
              [t.learningHours(), number.format(totals.learningHours)],
              [t.completions(), number.format(totals.completions)],
              [t.timeCost(), money(cost.timeCostCents)],
            ]
          : [],
    },
    {
      title: t.byMonth(),
      columns: [t.month(), t.activeLearners(), t.learningHours(), t.completions()],
      rows: dashboard.months.map((m) => [
        m.month,
        number.format(m.activeLearners),
        number.format(m.learningHours),
        number.format(m.completions),
      ]),
      bars: dashboard.months.map((m) => ({ label: m.month.slice(2), value: m.activeLearners })),
    },
    {
      title: t.byUnit(),
      note: dashboard.hiddenUnits ? hidden : undefined,
      columns: [t.unitColumn(), t.people(), t.activeLearners(), t.learningHours(), t.completions()],
      rows: dashboard.units.map((u) => [
        u.unitName ?? t.noUnit(),
        number.format(u.people),
        number.format(u.activeLearners),
        number.format(u.learningHours),
        number.format(u.completions),
      ]),
    },
    {
      title: t.items(),
      columns: [t.learning(), t.started(), t.finished(), t.rate()],
      rows: dashboard.items
        .slice(0, 15)
        .map((i) => [
          i.subject.title,
          number.format(i.started),
          number.format(i.finishedOfStarted),
          pct(i.completionRate),
        ]),
    },
    {
      title: t.goals(),
      note: goals.isHidden ? hidden : undefined,
      columns: [t.goal(), t.planGoals(), t.completions(), t.keyResults()],
      rows: goals.goals.map((g) => [
        g.title,
        number.format(g.peopleWithPlanGoal),
        number.format(g.taggedCompletions),
        g.keyResults.length
          ? `${g.keyResults.filter((k) => k.hasLearning).length} / ${g.keyResults.length}`
          : '-',
      ]),
    },
    {
      title: `${t.retention()} (${retention.window.from} - ${retention.window.to})`,
      note: [t.caveat(), hidden],
      columns: ['', t.learned(), '%', t.notLearned(), '%'],
      rows: [
        { label: t.total(), ...retention.overall },
        ...retention.byUnit.map((row) => ({ label: row.unitName ?? t.noUnit(), ...row })),
      ]
        .filter((row) => row.learned || row.notLearned)
        .map((row) => [row.label, ...side(row.learned), ...side(row.notLearned)]),
    },
    {
      title: t.budgets({ year: String(development.budgets.year) }),
      note: t.hidden({ threshold: String(development.threshold) }),
      columns: [t.unitColumn(), t.people(), t.available(), t.committed(), t.spent(), '%'],
      rows: [
        ...development.budgets.units.map((u) => ({ label: u.unitName ?? t.noUnit(), ...u })),
        ...(development.budgets.totals ? [{ label: t.total(), ...development.budgets.totals }] : []),
      ].map((u) => [
        u.label,
        number.format(u.people),
        money(u.availableCents),
        money(u.committedCents),
        money(u.spentCents),
        pct(u.usedShare),
      ]),
    },
    {
      title: t.cycles(),
      columns: [t.cycle(), t.conversations(), t.held(), t.signed(), '%'],
      rows: development.cycles
        .filter((c) => c.counts)
        .map((c) => [
          c.name,
          number.format(c.counts!.conversations),
          number.format(c.counts!.held),
          number.format(c.counts!.signed),
          pct(c.counts!.completionRate),
        ]),
    },
    {
      title: t.skills(),
      columns: [t.skill(), t.people(), t.gapThen(), t.gapNow()],
      rows: development.skills
        .slice(0, 20)
        .map((s) => [
          s.skill.name[locale],
          number.format(s.demand),
          String(s.atStart.totalGap),
          String(s.atEnd.totalGap),
        ]),
    },
  ];
  const pdf = await writeReport({
    title: t.title(),
    subtitle: [
      t.period({ from: dashboard.period.from, to: dashboard.period.to }),
      t.filters({ text: selection.length ? selection.join(', ') : t.everyone() }),
      t.made({ when: ctx.today() }),
    ],
    tables,
    none: t.none(),
    pageLabel: (n, of) => t.page({ n: String(n), of: String(of) }),
  });
  return { pdf, fileName: `groeipad-report-${dashboard.period.from}-${dashboard.period.to}.pdf` };
}
