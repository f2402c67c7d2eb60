import { describe, expect, it } from 'vitest';
import { signInAs, startTestApp } from '../test/test-app.ts';
import { demoPassword } from './demo-data.ts';
import { seedDemo } from './seed.ts';

const { app, db } = await startTestApp();
const signIn = (email: string) => signInAs(app, { email, password: demoPassword });

type Round = {
  id: string;
  title: string;
  signedOffAt: string | null;
  grid: { reviewId: string; name: string; performance: number | null; moveCount: number }[];
};

describe('the talent review demo', () => {
  it('the director finds a finished round of the team leaders: placed, calibrated with a reason, outcomes proposed', async () => {
    await seedDemo(db);
    const director = await signIn('bestuurder@delinde.demo');
    const rounds = (await director.get('/api/v1/talent/rounds')).json<Round[]>();
    const summary = rounds.find((round) => round.title === 'Vlootschouw teamleiders')!;
    expect(summary.signedOffAt).not.toBeNull();
    const round = (await director.get(`/api/v1/talent/rounds/${summary.id}`)).json<Round>();
    expect(round.grid.length).toBeGreaterThanOrEqual(3);
    expect(round.grid.every((entry) => entry.performance !== null)).toBe(true);
    const sander = round.grid.find((entry) => entry.name === 'Sander de Vries')!;
    expect(sander.moveCount).toBe(1);
    const review = (await director.get(`/api/v1/talent/reviews/${sander.reviewId}`)).json<{
      potential: number;
      advice: string;
      moves: { fromPotential: number; toPotential: number; reason: string }[];
    }>();
    expect(review.potential).toBe(2);
    expect(review.moves).toEqual([
      expect.objectContaining({
        fromPotential: 1,
        toPotential: 2,
        reason: expect.stringContaining('kalibratie'),
      }),
    ]);
    expect(review.advice).not.toBe('');
  }, 180_000);

  it('the demo team leader has a proposal waiting; a colleague’s accepted one is in her plan; nobody else sees the round', async () => {
    const sander = await signIn('teamleider@delinde.demo');
    const mine = (await sander.get('/api/v1/talent/me')).json<{
      proposals: { title: string; status: string }[];
    }>();
    expect(mine.proposals).toEqual([
      expect.objectContaining({ title: 'Opleiding teamcoach (6 dagdelen)', status: 'proposed' }),
    ]);
    expect((await sander.get('/api/v1/talent/rounds')).json()).toEqual([]);
    const employee = await signIn('medewerker@delinde.demo');
    expect((await employee.get('/api/v1/talent/rounds')).json()).toEqual([]);
    const actions = await db
      .selectFrom('plan_actions')
      .select('title')
      .where('source', '=', 'talent_review')
      .execute();
    expect(actions.map((a) => a.title)).toContain('Leiderschapstraject voor toptalent');
    const hr = await signIn('hr@delinde.demo');
    const succession = (await hr.get('/api/v1/talent/succession')).json<
      { title: string; candidates: unknown[] }[]
    >();
    expect(succession.find((role) => role.title === 'Regiomanager')?.candidates.length).toBeGreaterThan(0);
  }, 60_000);
});
