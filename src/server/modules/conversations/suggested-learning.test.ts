import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { thisYear } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

const { app, db } = await startTestApp();
const year = thisYear();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let conversationId: string;
const learning: Record<string, string> = {};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const skill = async (nl: string) =>
    (await org.as.ldAdmin.post('/api/v1/skills', { name: { nl, en: nl } })).json<{ id: string }>().id;
  const goalSkill = await skill('Wondzorg');
  const gapSkill = await skill('Dementiezorg');
  const metSkill = await skill('Roosteren');
  const tenant = forOrganisation(db, org.organisation.id);
  for (const [title, skillId, isPublished] of [
    ['Wondzorg basis', goalSkill, true],
    ['Dementie in de praktijk', gapSkill, true],
    ['Dementie concept', gapSkill, false],
    ['Roosteren voor gevorderden', metSkill, true],
  ] as const) {
    const id = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article(title))).json<{ id: string }>()
      .id;
    if (isPublished)
      await org.as.ldAdmin.post(`/api/v1/catalogue/items/${id}/status`, { status: 'published' });
    await tenant
      .insertInto('learning_links', {
        subject_kind: 'content',
        subject_id: id,
        target_kind: 'skill',
        target_id: skillId,
        label: null,
      })
      .execute();
    learning[title] = id;
  }
  const role = (
    await org.as.hrAdmin.post('/api/v1/job-roles', {
      name: { nl: 'Verzorgende', en: 'Carer' },
      skills: [{ skillId: gapSkill, targetLevel: 3 }],
    })
  ).json<{ id: string }>().id;
  await org.as.hrAdmin.put(`/api/v1/job-roles/holders/${org.people.employee.id}`, { jobRoleId: role });
  const planId = (await org.as.employee.post('/api/v1/plans', {})).json<{ id: string }>().id;
  await org.as.employee.post(`/api/v1/plans/${planId}/goals`, {
    title: 'Wondzorg',
    servesKind: 'skill',
    servesId: goalSkill,
  });
  await org.as.hrAdmin.post('/api/v1/conversation-cycles', {
    name: `Gesprekken ${year}`,
    templateKey: 'ontwikkelgesprek',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    preparationDue: `${year}-11-01`,
    signOffDue: `${year}-12-15`,
    unitIds: [org.unit.id],
  });
  conversationId = (await org.as.employee.get('/api/v1/conversations/mine')).json()[0].id;
});

describe('suggested learning in a conversation', () => {
  it("gives the manager published learning for the plan goals' skills first, then the largest gaps", async () => {
    const response = await org.as.manager.get(`/api/v1/conversations/${conversationId}/suggested-learning`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      expect.objectContaining({ id: learning['Wondzorg basis'], type: 'content', reason: 'plan_goal' }),
      expect.objectContaining({ id: learning['Dementie in de praktijk'], reason: 'skill_gap' }),
    ]);
  });

  it('is for the manager only', async () => {
    const asEmployee = await org.as.employee.get(
      `/api/v1/conversations/${conversationId}/suggested-learning`,
    );
    expect(asEmployee.statusCode).toBe(403);
    const asHr = await org.as.hrAdmin.get(`/api/v1/conversations/${conversationId}/suggested-learning`);
    expect(asHr.statusCode).toBe(404);
  });
});
