import { describe, expect, it } from 'vitest';
import { signInAs, startTestApp } from '../test/test-app.ts';
import { seedDemo } from './seed.ts';

const { app, db } = await startTestApp();

describe('the skills demo for Zorggroep De Linde', () => {
  it('has the framework, 15 role profiles, career paths, rated people, mentors and a waiting task', async () => {
    // How long seeding takes belongs in the benchmarks, not here: a shared machine makes timings noise.
    const demo = await seedDemo(db);
    const password = demo.password;
    const ld = await signInAs(app, { email: 'leren@delinde.demo', password });
    const framework = (await ld.get('/api/v1/skills/framework')).json();
    expect(framework.skills).toHaveLength(60);
    const roles = (await ld.get('/api/v1/job-roles')).json();
    expect(roles).toHaveLength(15);
    const nurse = roles.find((r: { name: { nl: string } }) => r.name.nl === 'Verpleegkundige');
    expect(nurse.leadsTo).toHaveLength(2);
    const gaps = (await ld.get('/api/v1/skills/organisation-gaps')).json();
    expect(gaps.people).toBeGreaterThan(100);
    expect(gaps.skills[0].belowTarget).toBeGreaterThan(0);

    const manager = await signInAs(app, { email: 'teamleider@delinde.demo', password });
    expect((await manager.get('/api/v1/skills/rating-requests')).json()).toHaveLength(1);
    const matrix = (await manager.get('/api/v1/skills/team-matrix')).json();
    expect(matrix.people.length).toBeGreaterThan(15);
    expect(matrix.skills.some((s: { isSinglePointOfFailure: boolean }) => s.isSinglePointOfFailure)).toBe(
      true,
    );

    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password });
    const coaching = framework.skills.find(
      (s: { name: { nl: string } }) => s.name.nl === "Coachen van collega's",
    );
    expect((await employee.get(`/api/v1/mentors?skillId=${coaching.id}`)).json().length).toBeGreaterThan(0);
  }, 180_000); // seeds the whole demo, a year of learning history included
});
