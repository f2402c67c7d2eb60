import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';
import { campaignBody, inDays } from './campaigns.fixtures.ts';

// The home spotlight's campaigns and themes are shared by everyone in the organisation (kept a few
// seconds); what L&D changes shows on the next home page, and each reader still sees only what reaches
// them and only their own organisation's.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let itemId: string;

type Spotlight = {
  banners: { campaignId: string; title: string }[];
  themes: { id: string; name: string; learning: { title: string }[] }[];
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const item = await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Feedback vragen'));
  itemId = item.json<{ id: string }>().id;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${itemId}/status`, { status: 'published' });
});

const spotlightOf = async (client: typeof org.as.employee) =>
  (await client.get('/api/v1/spotlight')).json<Spotlight>();

describe('the home spotlight, shared by the organisation', () => {
  it('shows a theme edit, a renamed learning item and a stopped campaign on the next home page', async () => {
    const theme = {
      nameNl: 'Feedbackmaand',
      nameEn: 'Feedback month',
      startsOn: inDays(-2),
      endsOn: inDays(10),
      recurrence: 'once',
      learning: [{ type: 'content', id: itemId }],
    };
    const added = await org.as.ldAdmin.post('/api/v1/campaign-themes', theme);
    expect(added.statusCode, added.body).toBe(201);
    const themeId = added.json<{ id: string }>().id;
    const launched = await org.as.ldAdmin.post('/api/v1/campaigns', campaignBody({ title: 'Groeiweek' }));
    const campaignId = launched.json<{ id: string }>().id;
    expect((await org.as.ldAdmin.post(`/api/v1/campaigns/${campaignId}/launch`)).statusCode).toBe(200);
    const first = await spotlightOf(org.as.employee);
    expect(first.themes.find((t) => t.id === themeId)).toMatchObject({
      name: 'Feedbackmaand',
      learning: [{ title: 'Feedback vragen' }],
    });
    expect(first.banners.map((banner) => banner.campaignId)).toEqual([campaignId]);

    const changed = await org.as.ldAdmin.put(`/api/v1/campaign-themes/${themeId}`, {
      ...theme,
      nameNl: 'Maand van de feedback',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    const renamed = await org.as.ldAdmin.put(
      `/api/v1/catalogue/items/${itemId}`,
      article('Om feedback vragen'),
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await org.as.ldAdmin.post(`/api/v1/campaigns/${campaignId}/stop`)).statusCode).toBe(200);

    const next = await spotlightOf(org.as.employee);
    expect(next.themes.find((t) => t.id === themeId)).toMatchObject({
      name: 'Maand van de feedback',
      learning: [{ title: 'Om feedback vragen' }],
    });
    expect(next.banners).toEqual([]);
  });

  it("reaches only the campaign's audience, and never another organisation's readers", async () => {
    const elsewhere = await buildPerson(db, org.organisation.id, { password: testPassword });
    const asElsewhere = await signInAs(app, elsewhere);
    const other = await buildOrganisationWithRoles(app, db);
    const created = await org.as.ldAdmin.post(
      '/api/v1/campaigns',
      campaignBody({ title: 'Team Noord', audience: { unitIds: [org.unit.id] } }),
    );
    const id = created.json<{ id: string }>().id;
    expect((await org.as.ldAdmin.post(`/api/v1/campaigns/${id}/launch`)).statusCode).toBe(200);

    // The same shared copy, read by someone in the unit, someone outside it, and another organisation.
    expect((await spotlightOf(org.as.employee)).banners.map((banner) => banner.campaignId)).toEqual([id]);
    expect((await spotlightOf(asElsewhere)).banners).toEqual([]);
    expect(await spotlightOf(org.as.employee)).toMatchObject({ banners: [{ campaignId: id }] });
    const theirs = await spotlightOf(other.as.employee);
    expect(theirs).toEqual({ banners: [], cards: [], themes: [] });
  });
});
