import { describe, expect, it } from 'vitest';
import { signInAs, startTestApp } from '../test/test-app.ts';
import { demoPassword } from './demo-data.ts';
import { seedDemo } from './seed.ts';

const { app, db } = await startTestApp();

describe('the recognition demo', () => {
  it('has kudos for a value, shared celebrations, badges awarded and a running team challenge', async () => {
    await seedDemo(db);
    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
    const me = (await employee.get('/api/v1/recognition/me')).json();
    expect(me.kudos.length).toBeGreaterThanOrEqual(3);
    expect(me.kudos.some((k: { value: { title: string } | null }) => k.value?.title === 'Aandacht')).toBe(
      true,
    );
    expect(me.badges.map((b: { name: string }) => b.name)).toEqual(
      expect.arrayContaining(['Collega van de maand', 'Helpende hand', 'In de praktijk']),
    );
    expect((await employee.get('/api/v1/celebrations')).json().length).toBeGreaterThan(0);
    const challenges = (await employee.get('/api/v1/challenges')).json();
    expect(challenges.map((c: { status: string }) => c.status)).toContain('running');
    const board = (await employee.get('/api/v1/recognition/leaderboard')).json();
    expect(board.iAmOnIt).toBe(true);
  }, 180_000);
});
