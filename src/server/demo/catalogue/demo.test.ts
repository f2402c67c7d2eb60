import { describe, expect, it } from 'vitest';
import { storageFor } from '../../modules/files/index.ts';
import { signInAs, startTestApp } from '../../test/test-app.ts';
import { seedDemo } from '../seed.ts';

const { app, db, config } = await startTestApp();

describe('the demo catalogue', () => {
  it('seeds a lively catalogue, with progress for the demo people', async () => {
    await seedDemo(db, { files: storageFor(config) });

    const employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: 'groeipad-demo' });
    const catalogue = (await employee.get('/api/v1/catalogue?pageSize=100')).json();
    expect(catalogue.total).toBeGreaterThanOrEqual(48);
    const formats = new Set(catalogue.items.map((entry: { format: string }) => entry.format));
    expect(formats).toEqual(
      new Set([
        'article',
        'video',
        'audio',
        'document',
        'link',
        'quiz',
        'assignment',
        'course',
        'path',
        'event',
      ]),
    );

    // A typo finds the words it is close to, not everything that shares a few letters.
    const typo = (await employee.get('/api/v1/catalogue?q=dementei&pageSize=100')).json();
    expect(typo.items.length).toBeGreaterThan(0);
    expect(
      typo.items.every((entry: { title: string; summary: string }) =>
        /dementie/i.test(entry.title + entry.summary),
      ),
    ).toBe(true);
    expect((await employee.get('/api/v1/catalogue?q=mondzrog')).json().total).toBe(0);

    const mine = (await employee.get('/api/v1/learning/mine')).json();
    expect(mine.continue).toMatchObject({ kind: 'audio', positionSeconds: 12 });
    expect(mine.assigned.some((e: { isOverdue: boolean }) => e.isOverdue)).toBe(true);
    expect(mine.certificates).toHaveLength(1);
    expect((await employee.get('/api/v1/catalogue/for-you')).json().length).toBeGreaterThan(0);

    const podcast = (await employee.get(`/api/v1/learning/items/${mine.continue.contentId}`)).json();
    const audio = await employee.request('GET', podcast.fileUrl, undefined, { range: 'bytes=0-3' });
    expect(audio.statusCode).toBe(206);

    const manager = await signInAs(app, { email: 'teamleider@delinde.demo', password: 'groeipad-demo' });
    const managerMine = (await manager.get('/api/v1/learning/mine')).json();
    expect(managerMine.assigned[0]).toMatchObject({
      type: 'path',
      title: 'Leiderschap voor nieuwe leidinggevenden',
      source: 'rule',
    });
    const team = (await manager.get('/api/v1/learning/team')).json();
    expect(team.some((member: { overdue: number }) => member.overdue > 0)).toBe(true);

    // What it takes to become team leader: the gaps come with real demo learning, linked by skill.
    const roles = (await employee.get('/api/v1/job-roles')).json() as { id: string; name: { nl: string } }[];
    const teamLeader = roles.find((role) => role.name.nl === 'Teamleider');
    const me = (await employee.get('/api/v1/me')).json();
    const gaps = (
      await employee.get(`/api/v1/skills/people/${me.person.id}/gaps?targetRoleId=${teamLeader?.id}`)
    ).json();
    const leading = gaps.gaps.find(
      (gap: { skill: { name: { nl: string } } }) => gap.skill.name.nl === 'Leidinggeven aan een team',
    );
    expect(leading.learning).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'course', format: 'course' }),
        expect.objectContaining({ type: 'path', format: 'path' }),
        expect.objectContaining({ type: 'content', format: 'article', durationMinutes: expect.any(Number) }),
      ]),
    );
    // The learner sees what an item helps with.
    const item = (
      await employee.get(
        `/api/v1/learning/items/${leading.learning.find((l: { type: string }) => l.type === 'content').id}`,
      )
    ).json();
    expect(item.serves).toEqual(
      expect.arrayContaining([{ kind: 'skill', id: leading.skill.id, name: 'Leidinggeven aan een team' }]),
    );
  }, 180_000); // seeds the whole demo, a year of learning history included

  it('reads as real: every article its own text, every quiz about its own subject', async () => {
    const versions = await db
      .selectFrom('content_versions')
      .innerJoin('content_items', 'content_items.id', 'content_versions.item_id')
      .select(['content_items.kind', 'content_versions.language', 'title', 'body_html', 'questions'])
      .where('content_items.kind', 'in', ['article', 'assignment', 'quiz'])
      .execute();
    const bodies = versions.filter((v) => v.kind !== 'quiz').map((v) => v.body_html);
    expect(bodies.length).toBeGreaterThan(30);
    expect(new Set(bodies).size).toBe(bodies.length);
    const sbar = versions.find((v) => v.title === 'Een goede overdracht');
    expect(sbar?.body_html).toContain('Situatie');
    const prompts = (title: string) =>
      ((versions.find((v) => v.title === title)?.questions ?? []) as { prompt: string }[])
        .map((q) => q.prompt)
        .join(' ');
    expect(prompts('Toets handhygiëne')).toMatch(/handhygiëne|handen|handalcohol/i);
    expect(prompts('Toets handhygiëne')).not.toMatch(/kernwaarde/i);
    expect(prompts('Hand hygiene quiz')).toMatch(/hand/i);
    expect(prompts('Toets privacy in de zorg')).toMatch(/datalek|WhatsApp/);
    expect(prompts('Check: ken je De Linde?')).toMatch(/kernwaarden/);
  });
});
