import { describe, expect, it } from 'vitest';
import { signInAs, startTestApp } from '../test/test-app.ts';
import { demoPassword } from './demo-data.ts';
import { seedDemo } from './seed.ts';

const { app, db } = await startTestApp();

describe('the demo organisation', () => {
  it('has a direction: mission, values, competencies, goals, team goals, a closed consultation and announcements', async () => {
    await seedDemo(db);
    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
    const page = (await employee.get('/api/v1/direction/why-and-what')).json<{
      mission: { body: string };
      vision: { body: string };
      values: unknown[];
      goals: { keyResults: unknown[] }[];
      teamGoals: { orgUnit: { name: string } }[];
    }>();
    expect(page.mission.body).toContain('ouderen');
    expect(page.values).toHaveLength(4);
    expect(page.goals).toHaveLength(4); // the fifth is confidential
    expect(page.teamGoals.map((t) => t.orgUnit.name)).toContain('Lindehof – Afdeling 1');
    const direction = (await employee.get('/api/v1/direction')).json<{
      competencies: { name: string; skills: { name: { nl: string } }[] }[];
    }>();
    expect(direction.competencies).toHaveLength(6);
    for (const competency of direction.competencies) expect(competency.skills.length).toBeGreaterThan(0);
    const signalling = direction.competencies.find((c) => c.name === 'Signaleren')!;
    expect(signalling.skills.map((s) => s.name.nl)).toEqual([
      'Rapporteren',
      'Valpreventie',
      'Vitale functies meten',
    ]);
    const ld = await signInAs(app, { email: 'leren@delinde.demo', password: demoPassword });
    const gaps = (await ld.get('/api/v1/skills/organisation-gaps')).json<{
      skills: { skill: { name: { nl: string } }; sources: { kind: string }[] }[];
    }>();
    const reporting = gaps.skills.find((s) => s.skill.name.nl === 'Rapporteren')!;
    expect(reporting.sources).toEqual([
      { kind: 'roleProfiles' },
      expect.objectContaining({
        kind: 'coreCompetency',
        competency: expect.objectContaining({ name: 'Signaleren' }),
      }),
    ]);
    const owner = await signInAs(app, { email: 'bestuurder@delinde.demo', password: demoPassword });
    expect((await owner.get('/api/v1/goals')).json<unknown[]>()).toHaveLength(5);
    const [consultation] = (await owner.get('/api/v1/consultations')).json<
      { id: string; status: string }[]
    >();
    expect(consultation!.status).toBe('closed');
    const detail = (await owner.get(`/api/v1/consultations/${consultation!.id}`)).json<{
      responses: { isAnonymous: boolean }[];
      outcome: string;
    }>();
    expect(detail.responses.length).toBeGreaterThanOrEqual(3);
    expect(detail.responses.some((r) => r.isAnonymous)).toBe(true);
    const feed = (await employee.get('/api/v1/announcements/feed')).json<{ title: string }[]>();
    expect(feed.map((f) => f.title)).toContain('Onze doelen voor 2027 staan vast');
    expect(feed.map((f) => f.title)).not.toContain('Nieuw protocol valpreventie thuiszorg');
  }, 180_000); // seeds the whole demo, a year of learning history included
});
