import { describe, expect, it } from 'vitest';
import { signInAs, startTestApp } from '../test/test-app.ts';
import { demoPassword } from './demo-data.ts';
import { seedDemo } from './seed.ts';

const { app, db } = await startTestApp();

type Journey = {
  person: { displayName: string };
  buddy: { displayName: string } | null;
  done: number;
  total: number;
};

describe('the demo', () => {
  it('seeds onboarding: "Inwerken Zorg" with ten steps, two newcomers on their way, the demo employee as a buddy', async () => {
    await seedDemo(db);
    const ld = await signInAs(app, { email: 'leren@delinde.demo', password: demoPassword });
    const templates = (await ld.get('/api/v1/onboarding/templates')).json<
      { name: string; steps: number }[]
    >();
    expect(templates).toEqual([expect.objectContaining({ name: 'Inwerken Zorg', steps: 10 })]);

    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
    const { buddy } = (await employee.get('/api/v1/onboarding')).json<{ buddy: Journey[] }>();
    expect(buddy.map((journey) => journey.person.displayName)).toEqual(['Sanne Dekker']);

    const manager = await signInAs(app, { email: 'teamleider@delinde.demo', password: demoPassword });
    const { team } = (await manager.get('/api/v1/onboarding')).json<{ team: Journey[] }>();
    const underWay = team.filter((journey) => journey.done > 0);
    expect(underWay.map((journey) => journey.person.displayName).sort()).toEqual([
      'Sanne Dekker',
      'Youssef el Amrani',
    ]);
    for (const journey of underWay) {
      expect(journey.buddy).not.toBeNull();
      expect(journey.done).toBeLessThan(journey.total);
    }
    // The rule gave next month's starters their journey too.
    expect(team.map((journey) => journey.person.displayName)).toEqual(
      expect.arrayContaining(['Lieke van Rijn', 'Kerem Aydın']),
    );
  }, 180_000);
});
