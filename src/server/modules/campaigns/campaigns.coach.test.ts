import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';
import { campaignBody } from './campaigns.fixtures.ts';

// The coach panel: a manager sees the moments in their team (quiet team, a finished item, a running
// campaign) with tips in their language; L&D and coaches keep the library; nobody else, and never
// across organisations.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let asCoach: Client;
let itemId: string;

type Panel = {
  moments: { moment: string; tips: { id: string; title: string; shipped: boolean }[] }[];
  finished: { personName: string; title: string }[];
  quiet: { lastActivityAt: string | null } | null;
  campaigns: { title: string; phase: string }[];
};
const tip = {
  moment: 'during_campaign',
  titleNl: 'Vertel over je eigen leerdoel',
  bodyNl: 'Leg uit wat jij deze maand leert.',
  titleEn: 'Tell about your own learning goal',
  bodyEn: 'Explain what you are learning this month.',
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const coach = await buildPerson(db, org.organisation.id, { password: testPassword, roles: ['coach'] });
  asCoach = await signInAs(app, coach);
  const item = await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Feedback vragen'));
  itemId = item.json<{ id: string }>().id;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${itemId}/status`, { status: 'published' });
});

describe('the coach panel', () => {
  it('is for managers with a team: an employee gets 403', async () => {
    expect((await org.as.employee.get('/api/v1/coach')).statusCode).toBe(403);
    expect((await org.anonymous.get('/api/v1/coach')).statusCode).toBe(401);
  });

  it('proposes a team learning hour when the team has not learned for a month', async () => {
    const panel = (await org.as.manager.get('/api/v1/coach')).json<Panel>();
    expect(panel.quiet).toEqual({ lastActivityAt: null });
    expect(panel.moments.map((m) => m.moment)).toEqual(['team_quiet']);
    expect(panel.moments[0]!.tips[0]).toMatchObject({
      title: 'Plan een leeruur met het team',
      shipped: true,
    });
  });

  it('says to recognise what a team member finished, and the team is no longer quiet', async () => {
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'content', id: itemId });
    await forOrganisation(db, org.organisation.id)
      .updateTable('enrolments')
      .set({ completed_at: new Date(), last_activity_at: new Date() })
      .where('person_id', '=', org.people.employee.id)
      .execute();
    const panel = (await org.as.manager.get('/api/v1/coach')).json<Panel>();
    expect(panel.quiet).toBeNull();
    expect(panel.finished).toMatchObject([{ title: 'Feedback vragen' }]);
    expect(panel.finished[0]!.personName).toContain('Emre');
    expect(panel.moments.map((m) => m.moment)).toEqual(['member_finished']);
  });

  it('gives tips for a running campaign that reaches the team, own tips after the shipped ones', async () => {
    const created = await org.as.ldAdmin.post('/api/v1/campaigns', campaignBody({ title: 'Feedbackmaand' }));
    const id = created.json<{ id: string }>().id;
    await org.as.ldAdmin.post(`/api/v1/campaigns/${id}/launch`);
    const added = await asCoach.post('/api/v1/coach-tips', tip);
    expect(added.statusCode, added.body).toBe(201);
    const panel = (await org.as.manager.get('/api/v1/coach')).json<Panel>();
    expect(panel.campaigns).toEqual([{ id, title: 'Feedbackmaand', phase: 'hum' }]);
    const during = panel.moments.find((m) => m.moment === 'during_campaign')!;
    expect(during.tips.at(-1)).toMatchObject({ title: tip.titleNl, shipped: false });
    expect(during.tips[0]).toMatchObject({ shipped: true });
    // The other organisation's manager sees neither the campaign nor the tip.
    const theirs = (await other.as.manager.get('/api/v1/coach')).json<Panel>();
    expect(theirs.campaigns).toEqual([]);
  });
});

describe('the tip library', () => {
  it('is kept by L&D and coaches; employees and managers get 403 and change nothing', async () => {
    expect((await org.as.ldAdmin.get('/api/v1/coach-tips')).statusCode).toBe(200);
    for (const client of [org.as.employee, org.as.manager]) {
      expect((await client.get('/api/v1/coach-tips')).statusCode).toBe(403);
      expect((await client.post('/api/v1/coach-tips', tip)).statusCode).toBe(403);
    }
  });

  it('edits and removes own tips; shipped tips answer 409; another organisation 404', async () => {
    const id = (await org.as.ldAdmin.post('/api/v1/coach-tips', { ...tip, moment: 'team_quiet' })).json<{
      id: string;
    }>().id;
    const changed = await org.as.ldAdmin.put(`/api/v1/coach-tips/${id}`, { ...tip, titleNl: 'Anders' });
    expect(changed.statusCode, changed.body).toBe(204);
    const library = (await org.as.ldAdmin.get('/api/v1/coach-tips')).json<
      { id: string; titleNl: string }[]
    >();
    expect(library.find((t) => t.id === id)).toMatchObject({ titleNl: 'Anders' });
    expect(library.filter((t) => t.id.startsWith('shipped:')).length).toBe(8);

    const shipped = await org.as.ldAdmin.put('/api/v1/coach-tips/shipped:team-hour', tip);
    expect(shipped.statusCode).toBe(409);
    expect(shipped.json()).toMatchObject({ code: 'coach_tip_shipped' });
    expect((await other.as.ldAdmin.put(`/api/v1/coach-tips/${id}`, tip)).statusCode).toBe(404);
    expect((await other.as.ldAdmin.delete(`/api/v1/coach-tips/${id}`)).statusCode).toBe(404);
    expect((await org.as.ldAdmin.delete('/api/v1/coach-tips/not-a-tip')).statusCode).toBe(404);
    expect((await org.as.ldAdmin.delete(`/api/v1/coach-tips/${id}`)).statusCode).toBe(204);
  });

  it('refuses bad input naming the field', async () => {
    const response = await org.as.ldAdmin.post('/api/v1/coach-tips', {
      ...tip,
      moment: 'whenever',
      titleEn: '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('moment');
    expect(response.body).toContain('titleEn');
  });
});

describe('tips in the organisation’s content languages', () => {
  it('reach a manager who reads Polish in Polish, one who chose German (no German text) in Dutch', async () => {
    const enabled = await org.as.ldAdmin.patch('/api/v1/campaign-settings', {
      contentLanguages: ['pl', 'de'],
    });
    expect(enabled.statusCode, enabled.body).toBe(200);
    const polish = { language: 'pl', title: 'Opowiedz o swoim celu', body: 'Wyjaśnij, czego się uczysz.' };
    const added = await asCoach.post('/api/v1/coach-tips', { ...tip, translations: [polish] });
    expect(added.statusCode, added.body).toBe(201);
    const library = (await asCoach.get('/api/v1/coach-tips')).json<
      { id: string; translations: unknown[] }[]
    >();
    expect(library.find((t) => t.id === added.json<{ id: string }>().id)?.translations).toEqual([
      { ...polish, dir: 'ltr' },
    ]);

    const lastTip = async () => {
      const panel = (await org.as.manager.get('/api/v1/coach')).json<Panel>();
      return panel.moments.find((m) => m.moment === 'during_campaign')!.tips.at(-1);
    };
    const choose = (contentLanguage: string | null) =>
      org.as.manager.put('/api/v1/nudges/preferences', { optedOut: [], contentLanguage });
    expect((await choose('pl')).statusCode).toBe(200);
    expect(await lastTip()).toMatchObject({ title: polish.title, language: 'pl', dir: 'ltr' });
    expect((await choose('de')).statusCode).toBe(200);
    expect(await lastTip()).toMatchObject({ title: tip.titleNl, language: 'nl' });
    await choose(null);
  });

  it('refuse an unknown code or a language the organisation did not enable, naming the field', async () => {
    const unknown = await asCoach.post('/api/v1/coach-tips', {
      ...tip,
      translations: [{ language: 'xx', title: 'x' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('translations.0.language');
    const swedish = await asCoach.post('/api/v1/coach-tips', {
      ...tip,
      translations: [{ language: 'sv', title: 'Hej' }],
    });
    expect(swedish.statusCode).toBe(400);
    expect(swedish.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'translations.0.language', code: 'notEnabled' })],
    });
  });
});
