import { describe, expect, it } from 'vitest';
import { signInAs, startTestApp } from '../test/test-app.ts';
import { demoPassword } from './demo-data.ts';
import { seedDemo } from './seed.ts';

const { app, db } = await startTestApp();

describe('the demo', () => {
  it('seeds development: plans in several states, a running cycle, requests in every state', async () => {
    await seedDemo(db);
    const states = await db.selectFrom('development_plans').select('state').execute();
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(['draft', 'shared', 'agreed', 'reviewed']));
    const requests = await db.selectFrom('budget_requests').select('state').execute();
    expect(new Set(requests.map((r) => r.state))).toEqual(
      new Set(['approved', 'pending_manager', 'pending_hr', 'declined']),
    );
    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
    const { plan } = (await employee.get('/api/v1/plans/mine')).json();
    expect(plan.state).toBe('draft');
    const learning = plan.actions.find((action: { learning: unknown }) => action.learning);
    expect(learning.learning).toMatchObject({ type: 'course', title: 'Zorg voor mensen met dementie' });
    expect(learning.learning.percent).toBeGreaterThan(0);
    expect(learning.learning.percent).toBeLessThan(100);
    expect((await employee.get('/api/v1/budgets/mine')).json().budget.ledger.remainingCents).toBe(100_000);
    expect((await employee.get('/api/v1/conversations/mine')).json()).toHaveLength(1);
    const manager = await signInAs(app, { email: 'teamleider@delinde.demo', password: demoPassword });
    expect((await manager.get('/api/v1/budgets/approvals')).json()).toHaveLength(1);
    const hr = await signInAs(app, { email: 'hr@delinde.demo', password: demoPassword });
    expect((await hr.get('/api/v1/budgets/approvals')).json()).toHaveLength(1);
    const [cycle] = (await hr.get('/api/v1/conversation-cycles')).json();
    expect(cycle).toMatchObject({ signed: 1 });
    expect(cycle.conversations).toBeGreaterThan(100);
  }, 180_000); // seeds the whole demo, a year of learning history included
});
