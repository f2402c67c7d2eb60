import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from './catalogue.fixtures.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
const ids = { skill: '', value: '', competency: '', goal: '', secret: '', foreignSkill: '' };

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const tenant = forOrganisation(db, org.organisation.id);
  const one = <T extends { id: string }>(row: T) => row.id;
  ids.skill = one(
    await tenant
      .insertInto('skills', {
        category_id: null,
        external_uri: null,
        name_nl: 'Wondzorg',
        name_en: 'Wound care',
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  ids.value = one(
    await tenant.insertInto('core_values', { name: 'Aandacht' }).returning('id').executeTakeFirstOrThrow(),
  );
  ids.competency = one(
    await tenant
      .insertInto('core_competencies', { name: 'Signaleren' })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  const goal = (title: string, isConfidential: boolean) =>
    tenant
      .insertInto('organisation_goals', {
        title,
        owner_id: null,
        period_start: null,
        period_end: null,
        created_by: null,
        status: 'active',
        is_confidential: isConfidential,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  ids.goal = (await goal('Minder verzuim', false)).id;
  ids.secret = (await goal('Reorganisatie Noord', true)).id;
  ids.foreignSkill = one(
    await forOrganisation(db, other.organisation.id)
      .insertInto('skills', {
        category_id: null,
        external_uri: null,
        name_nl: 'Elders',
        name_en: 'Elsewhere',
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
});

describe('what learning serves', () => {
  it('stores skills, values, competencies and goals next to topics and returns them with names', async () => {
    const response = await org.as.ldAdmin.post(
      '/api/v1/catalogue/items',
      article('Wonden verzorgen', {
        serves: [
          { kind: 'skill', id: ids.skill },
          { kind: 'value', id: ids.value },
          { kind: 'competency', id: ids.competency },
          { kind: 'goal', id: ids.goal },
        ],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const item = response.json();
    expect(item.topics).toEqual(['Leiderschap']);
    expect(item.serves).toEqual([
      { kind: 'skill', id: ids.skill, name: 'Wondzorg' },
      { kind: 'value', id: ids.value, name: 'Aandacht' },
      { kind: 'competency', id: ids.competency, name: 'Signaleren' },
      { kind: 'goal', id: ids.goal, name: 'Minder verzuim' },
    ]);
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });

    // The learner sees the names in their own language.
    await org.as.employee.patch('/api/v1/me', { locale: 'en' });
    const player = (await org.as.employee.get(`/api/v1/learning/items/${item.id}`)).json();
    expect(player.serves[0]).toEqual({ kind: 'skill', id: ids.skill, name: expect.any(String) });

    // Courses and paths take them too.
    const course = await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title: 'Wondzorg in de wijk',
      sections: [{ title: 'Basis', contentIds: [item.id] }],
      serves: [{ kind: 'skill', id: ids.skill }],
    });
    expect(course.statusCode, course.body).toBe(201);
    expect(course.json().serves).toEqual([{ kind: 'skill', id: ids.skill, name: 'Wondzorg' }]);
    const path = await org.as.ldAdmin.post('/api/v1/catalogue/paths', {
      language: 'nl',
      title: 'Route wondzorg',
      steps: [{ kind: 'course', id: course.json().id }],
      serves: [{ kind: 'goal', id: ids.goal }],
    });
    expect(path.statusCode, path.body).toBe(201);
    expect(path.json().serves).toEqual([{ kind: 'goal', id: ids.goal, name: 'Minder verzuim' }]);

    // The catalogue filters by skill.
    const bySkill = (await org.as.employee.get(`/api/v1/catalogue?skillId=${ids.skill}&pageSize=100`)).json();
    expect(bySkill.items.map((e: { title: string }) => e.title)).toEqual(['Wonden verzorgen']);
  });

  it('answers 400 naming serves.N.id for a reference from another organisation or an unknown one', async () => {
    const response = await org.as.ldAdmin.post(
      '/api/v1/catalogue/items',
      article('Ergens anders', {
        serves: [
          { kind: 'skill', id: ids.skill },
          { kind: 'skill', id: ids.foreignSkill },
          { kind: 'value', id: ids.competency },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ field: 'serves.1.id', code: 'unknownReference' }),
      expect.objectContaining({ field: 'serves.2.id', code: 'unknownReference' }),
    ]);
    const list = (await org.as.ldAdmin.get('/api/v1/catalogue/items?pageSize=100')).json();
    expect(list.items.some((i: { title: string }) => i.title === 'Ergens anders')).toBe(false);
  });

  it('lets only someone who may see confidential goals tag with one, and hides it from others', async () => {
    const refused = await org.as.ldAdmin.post(
      '/api/v1/catalogue/items',
      article('Geheim', { serves: [{ kind: 'goal', id: ids.secret }] }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ field: 'serves.0.id', code: 'unknownReference' }),
    ]);

    const created = await org.as.owner.post(
      '/api/v1/catalogue/items',
      article('Geheim', {
        serves: [
          { kind: 'goal', id: ids.secret },
          { kind: 'skill', id: ids.skill },
        ],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json().serves).toHaveLength(2);
    await org.as.owner.post(`/api/v1/catalogue/items/${id}/status`, { status: 'published' });
    const seen = (await org.as.employee.get(`/api/v1/learning/items/${id}`)).json();
    expect(seen.serves).toEqual([expect.objectContaining({ kind: 'skill', id: ids.skill })]);

    // L&D saving the item again keeps the link it cannot see.
    const shown = (await org.as.ldAdmin.get(`/api/v1/catalogue/items/${id}`)).json();
    const { id: _id, status, publishedAt, updatedAt, ownerId, notices, serves, ...rest } = shown;
    const saved = await org.as.ldAdmin.put(`/api/v1/catalogue/items/${id}`, {
      ...rest,
      serves: serves.map((s: { kind: string; id: string }) => ({ kind: s.kind, id: s.id })),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await org.as.owner.get(`/api/v1/catalogue/items/${id}`)).json().serves).toHaveLength(2);
  });
});

describe('learning notifications', () => {
  it('puts assignments and completions with a certificate on the learner’s bell, in their language', async () => {
    const item = (
      await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Tillen zonder klachten'))
    ).json();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    const course = (
      await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
        language: 'nl',
        title: 'Veilig tillen',
        sections: [{ title: 'Basis', contentIds: [item.id] }],
      })
    ).json();
    await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${course.id}/status`, { status: 'published' });
    await org.as.manager.patch('/api/v1/me', { locale: 'nl' });
    const assigned = await org.as.ldAdmin.post('/api/v1/learning/assignments', {
      subject: { type: 'course', id: course.id },
      personIds: [org.people.manager.id],
      dueDate: '2030-01-31',
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    let bell = (await org.as.manager.get('/api/v1/notifications')).json();
    expect(bell.items[0]).toMatchObject({
      title: 'Nieuw leren voor jou: "Veilig tillen"',
      link: `/learning/courses/${course.id}`,
    });

    expect((await org.as.manager.post(`/api/v1/learning/items/${item.id}/done`)).statusCode).toBe(200);
    bell = (await org.as.manager.get('/api/v1/notifications')).json();
    expect(bell.items[0]).toMatchObject({
      title: 'Je hebt "Veilig tillen" afgerond',
      body: expect.stringContaining('certificaat'),
      link: '/learning',
    });
    const row = await forOrganisation(db, org.organisation.id)
      .selectFrom('notifications')
      .select('emailed_at')
      .where('person_id', '=', org.people.manager.id)
      .where('kind', '=', 'learning.certificate')
      .executeTakeFirstOrThrow();
    expect(row.emailed_at).not.toBeNull();
  });
});

describe('substantial learning and learning agreements', () => {
  it('asks for an agreement on enrolment in substantial learning and shows its state', async () => {
    const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Module HBO-V'))).json();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    const created = await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title: 'Opleiding HBO-V',
      sections: [{ title: 'Jaar 1', contentIds: [item.id] }],
      isSubstantial: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const course = created.json();
    expect(course.isSubstantial).toBe(true);
    await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${course.id}/status`, { status: 'published' });

    const enrolled = await org.as.employee.post('/api/v1/learning/enrolments', {
      type: 'course',
      id: course.id,
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const enrolmentId = enrolled.json().id;
    let page = (await org.as.employee.get(`/api/v1/learning/courses/${course.id}`)).json();
    expect(page.progress.enrolment).toMatchObject({ id: enrolmentId, isSubstantial: true, agreement: null });

    // Someone else's enrolment cannot carry my agreement.
    const foreign = await org.as.manager.post('/api/v1/learning-agreements', {
      title: 'Opleiding HBO-V',
      enrolmentId,
      application: 'Ik pas het toe op de afdeling.',
      startsOn: '2030-02-01',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([
      expect.objectContaining({ field: 'enrolmentId', code: 'unknownReference' }),
    ]);

    const agreement = await org.as.employee.post('/api/v1/learning-agreements', {
      title: 'Opleiding HBO-V',
      enrolmentId,
      application: 'Ik word aanspreekpunt voor klinisch redeneren in het team.',
      startsOn: '2030-02-01',
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    page = (await org.as.employee.get(`/api/v1/learning/courses/${course.id}`)).json();
    expect(page.progress.enrolment.agreement).toEqual({ id: agreement.json().id, state: 'awaiting_manager' });
    expect(
      (await org.as.manager.post(`/api/v1/learning-agreements/${agreement.json().id}/agree`)).statusCode,
    ).toBe(200);
    const mine = (await org.as.employee.get('/api/v1/learning/mine')).json();
    const listed = [...mine.assigned, ...mine.inProgress, ...mine.completed].find(
      (e: { id: string }) => e.id === enrolmentId,
    );
    expect(listed?.agreement?.state).toBe('agreed');

    // A substantial content item shows the same on its own page.
    const big = (
      await org.as.ldAdmin.post(
        '/api/v1/catalogue/items',
        article('Leergang palliatieve zorg', { isSubstantial: true }),
      )
    ).json();
    expect(big.isSubstantial).toBe(true);
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${big.id}/status`, { status: 'published' });
    expect((await org.as.employee.get(`/api/v1/learning/items/${big.id}`)).json().enrolment).toBeNull();
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'content', id: big.id });
    expect((await org.as.employee.get(`/api/v1/learning/items/${big.id}`)).json().enrolment).toMatchObject({
      isSubstantial: true,
      agreement: null,
    });
  });
});
