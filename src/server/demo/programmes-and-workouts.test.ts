import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startTestApp } from '../test/test-app.ts';
import { demoPassword } from './demo-data.ts';
import { seedDemo } from './seed.ts';

const { app, db } = await startTestApp();
// Seeding the whole demo takes a while on a busy machine: in the hook, with its longer timeout.
beforeAll(() => seedDemo(db));

type Summary = { id: string; title: string; startsOn: string; isOver: boolean; sessionCount: number };

describe('the demo', () => {
  it('has a growth week next month with 3 tracks and 15 sessions, and last spring’s recap', async () => {
    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
    const list = (await employee.get('/api/v1/programmes')).json<Summary[]>();
    const week = list.find((p) => p.title === 'Groeiweek De Linde')!;
    expect(week).toMatchObject({ sessionCount: 15, isOver: false });
    const nextMonth = new Date();
    nextMonth.setUTCDate(1);
    nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
    expect(week.startsOn.slice(0, 7)).toBe(nextMonth.toISOString().slice(0, 7));
    const view = (await employee.get(`/api/v1/programmes/${week.id}`)).json<{
      tracks: unknown[];
      sessions: { format: string; inMySchedule: boolean }[];
    }>();
    expect(view.tracks).toHaveLength(3);
    expect(new Set(view.sessions.map((s) => s.format))).toEqual(new Set(['talk', 'panel', 'workshop']));
    expect(view.sessions.filter((s) => s.inMySchedule)).toHaveLength(1);
    const spring = list.find((p) => p.title === 'Groeiweek voorjaar')!;
    expect(spring.isOver).toBe(true);
    expect(
      (await employee.get(`/api/v1/programmes/${spring.id}`)).json<{ materials: unknown[] }>().materials,
    ).toHaveLength(3);
  });

  it('has two WorkOuts done by the demo team with reflections, and one coming up', async () => {
    const manager = await signInAs(app, { email: 'teamleider@delinde.demo', password: demoPassword });
    const list = (await manager.get('/api/v1/workouts')).json<
      { status: string; reflectionCount: number; isMine: boolean }[]
    >();
    const done = list.filter((w) => w.status === 'done');
    expect(done).toHaveLength(2);
    for (const workout of done) expect(workout.reflectionCount).toBeGreaterThanOrEqual(3);
    expect(list.filter((w) => w.status === 'planned')).toHaveLength(1);
    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
    const plan = (await employee.get('/api/v1/plans/mine')).json<{
      plan: { actions: { source: string }[] };
    }>();
    expect(plan.plan.actions.filter((a) => a.source === 'workout')).toHaveLength(2);
  });

  it('has a team event, a costly course waiting for the manager, and a proposed team learning hour', async () => {
    const manager = await signInAs(app, { email: 'teamleider@delinde.demo', password: demoPassword });
    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
    const events = (await employee.get('/api/v1/workshops')).json<
      { title: string; team: unknown; costCents: number | null }[]
    >();
    expect(events.find((e) => e.title.startsWith('Teamoverleg'))?.team).toBeTruthy();
    expect(events.find((e) => e.title.startsWith('Palliatieve zorg'))?.costCents).toBe(39_500);
    const approvals = (await manager.get('/api/v1/workshops/approvals')).json<
      { title: string; person: { displayName: string } }[]
    >();
    expect(approvals.map((a) => a.title)).toContain('Palliatieve zorg (tweedaagse, extern)');
    const week = (await employee.get('/api/v1/learning-time/week')).json<{
      proposals: { title: string; answer: string }[];
    }>();
    expect(week.proposals).toContainEqual(
      expect.objectContaining({ title: 'Teamleeruur: samen een e-learning doen', answer: 'open' }),
    );
  });
});
