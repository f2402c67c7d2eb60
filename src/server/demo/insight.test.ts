import { describe, expect, it } from 'vitest';
import { signInAs, startTestApp } from '../test/test-app.ts';
import { demoPassword } from './demo-data.ts';
import { seedDemo } from './seed.ts';

const { app, db } = await startTestApp();

type Month = { month: string; activeLearners: number; learningHours: number; completions: number };

describe('the insight demo: a year of learning history', () => {
  it('gives every organisation chart, retention and Mijn groei real, seasonal figures', async () => {
    const started = performance.now();
    await seedDemo(db);
    console.info(`demo seed with history: ${Math.round(performance.now() - started)} ms`);
    const hr = await signInAs(app, { email: 'hr@delinde.demo', password: demoPassword });

    const dashboard = (await hr.get('/api/v1/insight/organisation')).json();
    expect(dashboard.totals.activeLearners).toBeGreaterThan(dashboard.totals.people / 2);
    expect(dashboard.totals.learningHours).toBeGreaterThan(500);
    expect(dashboard.totals.completions).toBeGreaterThan(300);
    const months: Month[] = dashboard.months;
    expect(months).toHaveLength(12);
    for (const month of months) expect(month.learningHours).toBeGreaterThan(0);
    // Review season against the summer holidays.
    const hoursIn = (mm: string) => months.find((m) => m.month.slice(5, 7) === mm)!.learningHours;
    expect(hoursIn('10')).toBeGreaterThan(hoursIn('07'));
    expect(hoursIn('03')).toBeGreaterThan(hoursIn('08'));
    expect(
      dashboard.units.filter((u: { learningHours: number }) => u.learningHours > 0).length,
    ).toBeGreaterThan(5);
    const started_ = dashboard.items.reduce((sum: number, i: { started: number }) => sum + i.started, 0);
    const dropped = dashboard.items.reduce((sum: number, i: { droppedOff: number }) => sum + i.droppedOff, 0);
    expect(dropped).toBeGreaterThan(0);
    expect(dropped).toBeLessThan(started_);
    expect(dashboard.formats.length).toBeGreaterThan(1);
    expect(dashboard.ratings.length).toBeGreaterThan(3);
    expect(dashboard.cost.timeCostCents).toBeGreaterThan(0);

    // Leavers learned less: retention has both groups, with people who left among them.
    const retention = (await hr.get('/api/v1/insight/retention')).json();
    const { learned, notLearned } = retention.overall;
    expect(learned.people).toBeGreaterThan(50);
    expect(notLearned.people).toBeGreaterThan(0);
    expect(
      learned.people + notLearned.people - learned.retained - notLearned.retained,
    ).toBeGreaterThanOrEqual(8);
    expect(learned.percent).toBeGreaterThan(notLearned.percent);

    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
    const me = (await employee.get('/api/v1/insight/me')).json();
    expect(me.months.filter((m: { minutes: number }) => m.minutes > 0).length).toBeGreaterThan(4);
  }, 300_000);
});
